import type { Severity } from '../schema.js';

/** One thing the linter found in a text. Positions are 1-based lines and UTF-16 columns; ends exclusive. */
export interface Finding {
  /** Rule family and rule, e.g. `term/discouraged`, `typography/nbsp-colon`. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Offset (UTF-16 code units) in the original input. */
  readonly offset: number;
  readonly length: number;
  /** The text found at that range. */
  readonly found: string;
  /** Replacement text for the range, when there is one. */
  readonly suggestion?: string;
  /** Whether `fixText` applies the suggestion (safe fixes only). */
  readonly fixable: boolean;
  /** French message for the communications officer. */
  readonly message: string;
  /** Lexicon entry the finding comes from. */
  readonly entryId?: string;
  /** JSON path of the string value, for `.json` content files. */
  readonly path?: string;
  /** Word diff against the expected text (verbatim rule). */
  readonly diff?: string;
}

/** A finding before positions are resolved: offsets are relative to the linted segment. */
export interface RawFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly suggestion?: string;
  readonly fixable: boolean;
  readonly message: string;
  readonly entryId?: string;
  readonly diff?: string;
}

/** Line starts of a text, for offset → line/column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.offset - b.offset ||
    a.length - b.length ||
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
