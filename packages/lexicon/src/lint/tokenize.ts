/**
 * Unicode-aware word tokenizer for French. Words keep their combining marks and inclusive middle
 * dots (`habitant·e·s` is one word); elided articles and pronouns (`l’`, `d’`, `qu’`, `lorsqu’`)
 * are tokens of their own, so `l’atelier` yields `l’` then `atelier`.
 */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  /** Lower-case NFC form with the typographic apostrophe, used for lookups. */
  readonly norm: string;
  readonly elision: boolean;
  /**
   * True when this word may continue a multi-word term started by the previous word: only spaces
   * (no blank line), one hyphen, or nothing after an elision lie between them.
   */
  readonly joined: boolean;
}

const elisions =
  "(?:[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Pp]resqu|[Qq]u|QU|JUSQU|LORSQU|PUISQU|[CcDdJjLlMmNnSsTt])['’](?=[\\p{L}\\p{M}])";
const word =
  "(?:[Aa]ujourd['’]hui|[Pp]rud['’]hom\\p{L}*|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[·‧•⋅.][\\p{Ll}\\p{M}]+)*(?:[·‧•⋅][\\p{Ll}\\p{M}]+)*)";
const tokenPattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${elisions})|${word}`, 'gu');

/**
 * Gap allowed inside a multi-word term: spaces without a blank line, one hyphen, an en dash between
 * two words (a misspelt hyphen: "Saint–Omer"), or a dot after "St".
 */
const joinGap = /^(?:[^\S\n]*\n?[^\S\n]*|[^\S\n]*[-‐‑][^\S\n]*|–)$/u;
const abbreviationGap = /^\.[^\S\n]*[-‐‑]?[^\S\n]*$/u;
const abbreviations = new Set(['st', 'ste']);
/** First character of every gap `joinGap` or `abbreviationGap` accepts: most other gaps (", ") end there. */
const gapStart = /^[\s.–\-‐‑]$/u;

const normCache = new Map<string, string>();

/** Normalised form of a surface word, cached: a text uses far fewer distinct words than tokens. */
function cachedNorm(surface: string): string {
  let norm = normCache.get(surface);
  if (norm === undefined) {
    norm = normalizeWord(surface);
    if (normCache.size > 50_000) normCache.clear();
    normCache.set(surface, norm);
  }
  return norm;
}

export function normalizeWord(text: string): string {
  const lower = text.toLowerCase().replaceAll("'", '’');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII fast path
  return /^[\u0000-\u007f’]*$/.test(lower) ? lower : lower.normalize('NFC');
}

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previous: WordToken | undefined;
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    // A word ending in a dot is a sentence end, not an inclusive form: keep the dot out.
    while (end > start && text.charCodeAt(end - 1) === 46) end--;
    if (end === start) continue;
    const elision = match[1] !== undefined;
    const joined = previous !== undefined && joinedTo(text, previous, start);
    const token: WordToken = { start, end, norm: cachedNorm(text.slice(start, end)), elision, joined };
    tokens.push(token);
    previous = token;
    tokenPattern.lastIndex = end;
  }
  return tokens;
}

function joinedTo(text: string, previous: WordToken, start: number): boolean {
  if (start === previous.end) return previous.elision;
  if (start === previous.end + 1 && text.charCodeAt(previous.end) === 32) return true;
  return gapStart.test(text.charAt(previous.end)) && isJoinGap(text.slice(previous.end, start), previous);
}

function isJoinGap(gap: string, previous: WordToken): boolean {
  if (gap === ' ') return true;
  if (gap.length === 0) return previous.elision;
  if (gap.length > 8) return false;
  if (joinGap.test(gap)) return true;
  return abbreviations.has(previous.norm) && abbreviationGap.test(gap);
}
