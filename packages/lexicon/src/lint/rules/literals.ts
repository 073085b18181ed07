/**
 * Stretches of a text that are typed, not written: web and e-mail addresses, URI schemes, code
 * spans, social handles and hashtags, code identifiers, file names. Typography rules leave them as
 * they are ("achats:condensateurs" is missing a space, "mailto:contact@capso.fr" is not).
 */

/** Literals found by scanning the text with their own pattern: each starts with a rare character or word. */
const scannedPatterns: readonly RegExp[] = [
  // Web addresses, with or without a scheme.
  /\b(?:https?|ftp|sftp|wss?):\/\/[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?)\]]/giu,
  /\bwww\.[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?)\]]/giu,
  // URI schemes written in prose: mailto:, tel:, urn:…
  /\b(?:mailto|tel|sms|urn|geo|data|file|callto|skype):[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?)\]]/giu,
  // Social handles and hashtags: "@capso", "#PaysDeSaintOmer2026".
  /(?<![\p{L}\p{N}_])[@#][\p{L}\p{N}_][\p{L}\p{M}\p{N}_.-]*(?<![.-])/gu,
  // Inline code between backticks (plain text; Markdown code is not prose at all).
  /`[^`\n]+`/gu,
  // Drive and folder paths: C:\Documents, ./dossier, ../dossier.
  /\b[A-Za-z]:\\[^\s]*/gu,
];

/**
 * Literals that open with a run of ordinary word characters: scanned with their own pattern, they
 * would be tried at every letter of the text. Each is found from the mark that makes it a literal
 * (`anchor`), then matched (sticky) from the start of the run of `run` characters before the mark.
 */
interface RunPattern {
  readonly anchor: RegExp;
  readonly run: RegExp;
  /** Sticky: tried at one position. */
  readonly pattern: RegExp;
}

const runPatterns: readonly RunPattern[] = [
  // E-mail addresses.
  {
    anchor: /@/g,
    run: /^[\p{L}\p{N}._%+-]$/u,
    pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy,
  },
  // Identifiers: snake_case, namespaces (std::vector).
  { anchor: /_/g, run: /^[\p{L}\p{N}]$/u, pattern: /[\p{L}\p{N}]*_[\p{L}\p{N}_]*/uy },
  { anchor: /::/g, run: /^[\p{L}\p{N}_.]$/u, pattern: /[\p{L}\p{N}_.]+::[\p{L}\p{N}_.:]+/uy },
];

const extensions =
  'fr|com|org|net|eu|io|gouv|bzh|info|json|ya?ml|md|html?|css|js|ts|tsx|pdf|png|jpe?g|svg|webp|txt|csv|zip|docx?|xlsx?';
/** Dotted paths with a lower-case tail (manifest.json, site.fr/page), found from their last dot. */
const dottedPath: RunPattern = {
  anchor: new RegExp(`\\.(?:${extensions})(?![\\p{L}\\p{N}])`, 'gu'),
  run: /^[\p{L}\p{N}.-]$/u,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${extensions})(?![\\p{L}\\p{N}])(?:\\/[^\\s<>«»"“”]*)?`,
    'uy',
  ),
};

/** Start of the run of `run` characters that ends at `index`, not before `floor`; code point by code point. */
function runStart(text: string, index: number, run: RegExp, floor: number): number {
  let i = index;
  while (i > floor) {
    const low = text.charCodeAt(i - 1);
    const high = text.charCodeAt(i - 2);
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff && i - 2 >= floor;
    const width = pair ? 2 : 1;
    if (!run.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}

/**
 * The matches `text.matchAll` would give for a pattern whose match, wherever it starts in a run,
 * depends only on the mark that ends the run: the leftmost start is the run's start (or the end of
 * the previous match).
 */
function* matchesFromRuns(text: string, { anchor, run, pattern }: RunPattern): Generator<RegExpExecArray> {
  let end = 0;
  for (const mark of text.matchAll(anchor)) {
    if (mark.index < end) continue;
    pattern.lastIndex = runStart(text, mark.index, run, end);
    const m = pattern.exec(text);
    if (m === null) continue;
    end = m.index + m[0].length;
    yield m;
  }
}

/**
 * The matches `text.matchAll` would give for a pattern that may start anywhere in the run before
 * its anchor: each position of the run is tried once, in order.
 */
function* matchesBeforeAnchors(
  text: string,
  { anchor, run, pattern }: RunPattern,
): Generator<RegExpExecArray> {
  let end = 0;
  for (const mark of text.matchAll(anchor)) {
    if (mark.index < end) continue;
    for (let start = runStart(text, mark.index, run, end); start < mark.index; start++) {
      pattern.lastIndex = start;
      const m = pattern.exec(text);
      if (m === null) continue;
      end = m.index + m[0].length;
      yield m;
      break;
    }
    end = Math.max(end, mark.index);
  }
}

function* literalMatches(text: string): Generator<RegExpExecArray> {
  for (const pattern of scannedPatterns) yield* text.matchAll(pattern);
  for (const pattern of runPatterns) yield* matchesFromRuns(text, pattern);
  yield* matchesBeforeAnchors(text, dottedPath);
}

/** Sorted, merged [start, end) ranges of the literals in a text, with a fast membership test. */
export class Literals {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string) {
    const ranges: [number, number][] = [];
    for (const m of literalMatches(text)) ranges.push([m.index, m.index + m[0].length]);
    ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [start, end] of ranges) {
      const last = this.ends.length - 1;
      if (last >= 0 && start <= (this.ends[last] ?? 0)) {
        this.ends[last] = Math.max(this.ends[last] ?? 0, end);
      } else {
        this.starts.push(start);
        this.ends.push(end);
      }
    }
  }

  /** The items, sorted by start, that touch no literal: one walk over both lists. */
  outside<T extends { readonly start: number; readonly end: number }>(items: readonly T[]): T[] {
    const kept: T[] = [];
    let k = 0;
    for (const item of items) {
      while (k < this.ends.length && (this.ends[k] ?? 0) <= item.start) k++;
      if (k === this.starts.length || (this.starts[k] ?? 0) >= item.end) kept.push(item);
    }
    return kept;
  }

  /** Whether any part of [start, end) lies inside a literal. */
  overlaps(start: number, end = start + 1): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.ends[mid] ?? 0) <= start) low = mid + 1;
      else high = mid;
    }
    return low < this.starts.length && (this.starts[low] ?? 0) < end;
  }
}
