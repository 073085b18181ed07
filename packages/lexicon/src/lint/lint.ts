import { htmlSegments } from '../formats/html.js';
import { jsonSegments } from '../formats/json.js';
import { markdownSegments } from '../formats/markdown.js';
import { isContiguous, originalRange, type Segment } from '../formats/segment.js';
import { compileLexicon } from './compile.js';
import { compareFindings, type Finding, LineIndex, type RawFinding } from './finding.js';
import type { InputFormat, LintOptions } from './options.js';
import { lintInclusive } from './rules/inclusive.js';
import { budgetFor, lintLength } from './rules/length.js';
import { Literals } from './rules/literals.js';
import { lintTypography } from './rules/typography.js';
import { lintVerbatim } from './rules/verbatim.js';
import { type DocumentState, lintWords } from './rules/words.js';
import { tokenize } from './tokenize.js';

export function segmentsOf(text: string, format: InputFormat = 'text'): Segment[] {
  switch (format) {
    case 'markdown':
      return markdownSegments(text);
    case 'html':
      return htmlSegments(text);
    case 'json':
      return jsonSegments(text);
    default:
      return [{ text, base: 0 }];
  }
}

/**
 * Lints a French text against the lexicon: names, acronyms, terms, verbatim texts, typography,
 * inclusive writing and length budgets. Findings carry positions in the original input.
 */
export function lintText(text: string, options: LintOptions): Finding[] {
  return lintDocument(text, options, 'all');
}

/** `fixable`: only what `fixText` may apply is looked for (verbatim texts are never fixed). */
type Wanted = 'all' | 'fixable';

function lintDocument(text: string, options: LintOptions, wanted: Wanted): Finding[] {
  const compiled = compileLexicon(options.lexicon, options.partner, options.channel);
  const state: DocumentState = { mentioned: new Set() };
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  const only = options.only ? new Set(options.only) : undefined;
  const whole = (options.format ?? 'text') === 'text';
  for (const segment of segmentsOf(text, options.format)) {
    const raw = lintSegment(segment, compiled, state, options, wanted);
    const field = whole ? options.field : (segment.field ?? options.field);
    const budget = whole ? options.maxLength : undefined;
    raw.push(
      ...lintLength(segment.text, budget ?? budgetFor(compiled.budgets, field, options.channel), field),
    );
    for (const finding of raw) {
      if (only && (!finding.entryId || !only.has(finding.entryId))) continue;
      findings.push(resolve(finding, segment, text, lines));
    }
  }
  return findings.sort(compareFindings);
}

function lintSegment(
  { text, before }: Segment,
  compiled: ReturnType<typeof compileLexicon>,
  state: DocumentState,
  options: LintOptions,
  wanted: Wanted,
): RawFinding[] {
  // Words inside an address, a handle, code or an identifier are typed as they are: "@capso" is
  // neither a misspelt name nor a first mention of an acronym.
  const literals = new Literals(text);
  const tokens = literals.outside(tokenize(text));
  return [
    ...lintWords(text, tokens, compiled, state, options.internal === true),
    ...(wanted === 'all' ? lintVerbatim(text, tokens, compiled) : []),
    ...lintTypography(text, compiled.typography, before, literals),
    ...lintInclusive(text, compiled.inclusiveMode, compiled.inclusive),
  ];
}

function resolve(raw: RawFinding, segment: Segment, text: string, lines: LineIndex): Finding {
  const { start, end } = originalRange(segment, raw.start, raw.end);
  const from = lines.position(start);
  const to = lines.position(end);
  // Assigned key by key rather than spread (a long text holds 100 000 findings), in the order JSON
  // reports print them.
  const finding: Mutable<Finding> = {
    ruleId: raw.ruleId,
    severity: raw.severity,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    offset: start,
    length: end - start,
    found: text.slice(start, end),
  } as Mutable<Finding>;
  if (raw.suggestion !== undefined) finding.suggestion = raw.suggestion;
  finding.fixable = raw.fixable && isContiguous(segment, raw.start, raw.end);
  finding.message = raw.message;
  if (raw.entryId) finding.entryId = raw.entryId;
  if (segment.path !== undefined) finding.path = segment.path;
  if (raw.diff !== undefined) finding.diff = raw.diff;
  return finding;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface FixResult {
  readonly text: string;
  /** Fixes applied, in the order of the passes (positions refer to the text each pass read). */
  readonly applied: readonly Finding[];
}

const maxPasses = 8;

/**
 * Applies the safe fixes until none is left (so fixing twice changes nothing). A fix only ever
 * replaces the range of the finding that proposes it.
 */
export function fixText(text: string, options: LintOptions): FixResult {
  const applied: Finding[] = [];
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = nonOverlapping(
      lintDocument(current, options, 'fixable').filter((f) => f.fixable && f.suggestion !== undefined),
    );
    if (fixes.length === 0) break;
    current = applyFixes(current, fixes, options.format ?? 'text');
    for (const fix of fixes) applied.push(fix); // no spread: a long text may hold 100 000 fixes
  }
  return { text: current, applied };
}

function nonOverlapping(findings: readonly Finding[]): Finding[] {
  const chosen: Finding[] = [];
  let end = -1;
  for (const finding of findings) {
    if (finding.offset < end) continue;
    if (finding.offset === end && finding.length === 0) continue;
    chosen.push(finding);
    end = finding.offset + finding.length;
  }
  return chosen;
}

function applyFixes(text: string, fixes: readonly Finding[], format: InputFormat): string {
  let out = '';
  let cursor = 0;
  for (const fix of fixes) {
    out += text.slice(cursor, fix.offset) + escapeFor(format, fix.suggestion ?? fix.found);
    cursor = fix.offset + fix.length;
  }
  return out + text.slice(cursor);
}

function escapeFor(format: InputFormat, replacement: string): string {
  if (format === 'html')
    return replacement.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  if (format === 'json') return JSON.stringify(replacement).slice(1, -1);
  return replacement;
}
