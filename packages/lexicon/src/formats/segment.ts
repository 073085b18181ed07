/**
 * A piece of text the linter reads, with the way back to the original input: the offset in the
 * original of every UTF-16 unit (start and end), so findings and fixes land on the original bytes
 * even when the text came through an entity (`&nbsp;`), a Markdown escape (`\*`) or a JSON escape.
 */
export interface Segment {
  readonly text: string;
  /** Original offset of `text[0]` when the text is a verbatim slice of the input (no tables needed). */
  readonly base: number;
  readonly starts?: Int32Array;
  readonly ends?: Int32Array;
  /** JSON path of the string value. */
  readonly path?: string;
  /** Content field the text belongs to (JSON key), for length budgets. */
  readonly field?: string;
  /**
   * The source character just before the segment when markup inside the same paragraph precedes it
   * (an inline code span, the end of an emphasis or a link): "`manifest.json` :" still needs its
   * no-break space.
   */
  readonly before?: string;
}

export function originalRange(segment: Segment, start: number, end: number): { start: number; end: number } {
  if (!segment.starts || !segment.ends) return { start: segment.base + start, end: segment.base + end };
  const originalStart =
    start < segment.text.length ? (segment.starts[start] ?? 0) : (segment.ends[start - 1] ?? 0);
  const originalEnd = end > start ? (segment.ends[end - 1] ?? originalStart) : originalStart;
  return { start: originalStart, end: originalEnd };
}

/**
 * Whether the text range maps onto one unbroken stretch of the source. It does not when the parser
 * dropped source characters inside it (a stray end tag, a blockquote marker on a continuation line):
 * replacing the range would delete that markup, so such a finding is reported but not fixed.
 */
export function isContiguous(segment: Segment, start: number, end: number): boolean {
  const { starts, ends } = segment;
  if (!starts || !ends) return true;
  for (let i = start; i + 1 < end; i++) if (ends[i] !== starts[i + 1]) return false;
  return true;
}

/** The escapes of a source syntax: HTML has only entities, Markdown adds backslash escapes, JSON its own. */
export type EscapeSyntax = 'html' | 'markdown' | 'json';

/**
 * Aligns a decoded value with its raw source text starting at `rawBase`. Raw characters that are
 * escapes or entities of `syntax` map, as a whole, onto the decoded character they produce; raw
 * characters dropped by the parser (indentation of continuation lines, the CR of an HTML CRLF)
 * belong to no decoded character.
 */
export function alignSegment(
  value: string,
  raw: string,
  rawBase: number,
  syntax: EscapeSyntax,
  extra?: Partial<Segment>,
): Segment {
  if (value === raw) return { text: value, base: rawBase, ...extra };
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    let consumed = decodedAt(syntax, raw, j, value, i);
    for (let guard = 0; consumed === 0 && j < raw.length && raw[j] !== char && guard < 64; guard++) {
      j++;
      consumed = decodedAt(syntax, raw, j, value, i);
    }
    if (consumed === 0 && raw[j] === char) consumed = 1;
    starts[i] = rawBase + j;
    if (consumed === 0) {
      ends[i] = rawBase + Math.min(j + 1, raw.length);
      j++;
      continue;
    }
    ends[i] = rawBase + j + consumed;
    // An entity or escape decoding to a surrogate pair spans two decoded units.
    const code = value.codePointAt(i) ?? 0;
    if (consumed > 1 && code > 0xffff && i + 1 < value.length) {
      i++;
      starts[i] = rawBase + j;
      ends[i] = rawBase + j + consumed;
    }
    j += consumed;
  }
  return { text: value, base: rawBase, starts, ends, ...extra };
}

const entity = /^&(?:#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);/;
const jsonEscape = /^\\(?:u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})?|["\\/bfnrt])/;
const markdownEscape = /^\\[!-/:-@[-`{-~]/;

const escapesOf: Record<EscapeSyntax, readonly RegExp[]> = {
  html: [entity],
  markdown: [entity, markdownEscape],
  json: [jsonEscape],
};

/** Length of the raw escape at `j` that produces `value[i]`, or 0 when there is none. */
function decodedAt(syntax: EscapeSyntax, raw: string, j: number, value: string, i: number): number {
  const rest = raw.slice(j, j + 40);
  let match: RegExpMatchArray | null = null;
  for (const pattern of escapesOf[syntax]) match ??= rest.match(pattern);
  if (!match) return 0;
  const decoded = decodeEscape(match[0]);
  if (decoded !== undefined && !value.startsWith(decoded, i)) return 0;
  return match[0].length;
}

function decodeEscape(sequence: string): string | undefined {
  if (sequence.startsWith('&#x') || sequence.startsWith('&#X'))
    return String.fromCodePoint(Number.parseInt(sequence.slice(3, -1), 16));
  if (sequence.startsWith('&#')) return String.fromCodePoint(Number.parseInt(sequence.slice(2, -1), 10));
  if (sequence.startsWith('\\u')) {
    return sequence
      .split('\\u')
      .filter(Boolean)
      .map((hex) => String.fromCharCode(Number.parseInt(hex, 16)))
      .join('');
  }
  if (sequence.startsWith('\\')) {
    const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
    const char = sequence.slice(1);
    return simple[char] ?? char;
  }
  return undefined; // named entity: trust the parser
}
