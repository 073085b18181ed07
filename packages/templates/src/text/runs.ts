const WORD_JOINER = /\u2060/g;
/**
 * What must not break: a word with an inner hyphen ("Inscrivez-vous", "Saint-Omer") and words
 * glued by no-break spaces ("18 mars 2027", "9 h – 17 h", "Inscrivez-vous :"). Satori breaks
 * after a plain hyphen and after a dash even before a no-break space, and the brand fonts have
 * neither a non-breaking hyphen (U+2011) nor a word joiner (U+2060).
 */
/** A word between breaking spaces; no-break spaces (U+00A0, U+202F) stay inside it. */
const WORD = /[^ \t\n\r]+/g;
const NEEDS_KEEPING = /[\u00a0\u202f]|[\p{L}\p{N}]-[\p{L}\p{N}]|[–—-][\u00a0\u202f]/u;
const NBSP = '\u00a0';

export interface TextRun {
  text: string;
  /** True for a run drawn with `whiteSpace: nowrap`. */
  keep: boolean;
}

/** The space after a number: "6 ans", "18 mars" stay together, a line never ends on a bare number. */
const AFTER_NUMBER = /(?<=(?:^|[\s(])\p{N}[\p{N}\u202f\u00a0.,]*) (?=\p{L})/gu;

/**
 * A short word French typography keeps with its neighbour: at most three letters (« à », « de »,
 * « le », « un ») or an elided one (« d’un », « l’an », « qu’il »). Punctuation after it ends the
 * clause, so « bilan, » or « et : » may end a line.
 */
const SHORT_WORD = /^(?:\p{L}{1,3}|\p{L}{1,2}[’']\p{L}{1,3})$/u;

/**
 * Longest chain of words glued around short words: a chain such as « il y a un an » must still
 * wrap in a narrow column, so it is cut once it would pass this many characters (a short word
 * and its own neighbour always stay together).
 */
const MAX_GLUED = 24;

/**
 * Glues each short word to the word after it with a no-break space, so no line ends on « de » or
 * « d’un », and a short last word to the one before it, so it never stands alone on a line. When
 * a chain grows too long (« il y a un an de la vie »), it is cut before its last short word.
 */
export function bindShortWords(text: string): string {
  const words = text.split(' ');
  /** `glued[i]`: the space before `words[i]` is a no-break space. */
  const glued = words.map(() => false);
  let group = (words[0] ?? '').length;
  for (let i = 1; i < words.length; i++) {
    const previous = words[i - 1] as string;
    const word = words[i] as string;
    const wanted =
      word !== '' &&
      previous !== '' &&
      (SHORT_WORD.test(previous) || (i === words.length - 1 && SHORT_WORD.test(word)));
    if (wanted && group + 1 + word.length > MAX_GLUED && glued[i - 1]) {
      glued[i - 1] = false;
      group = previous.length;
    }
    // A short word always keeps its own neighbour; only longer chains are capped.
    glued[i] = wanted && (group === previous.length || group + 1 + word.length <= MAX_GLUED);
    group = glued[i] ? group + 1 + word.length : word.length;
  }
  return words.map((word, i) => (i === 0 ? word : (glued[i] ? NBSP : ' ') + word)).join('');
}

/**
 * A text's spaces as it is drawn: word joiners dropped, numbers and short words bound to the word
 * after them (or a short last word to the one before) by no-break spaces.
 */
export function drawnSpacing(text: string): string {
  return bindShortWords(text.replace(WORD_JOINER, '').replace(AFTER_NUMBER, NBSP));
}

/**
 * The units a line may break between, as the text is drawn (`drawnSpacing`): words with the
 * short words and numbers bound to them. `undefined` when the text has breaks of its own (tabs,
 * new lines) or runs of spaces, which only the renderer's own wrapping sets as written.
 */
export function lineUnits(text: string): string[] | undefined {
  const drawn = drawnSpacing(text);
  if (/[\t\n\r]/.test(drawn)) return undefined;
  const units = drawn.split(' ');
  return units.some((unit) => unit === '') ? undefined : units;
}

/**
 * Splits a text into runs so unbreakable words can be drawn `nowrap`; word joiners are dropped,
 * short words are bound to their neighbour (`bindShortWords`), numbers to the word after them.
 */
export function textRuns(text: string): TextRun[] {
  const clean = drawnSpacing(text);
  const runs: TextRun[] = [];
  const pushPlain = (part: string) => {
    const previous = runs[runs.length - 1];
    if (previous && !previous.keep) previous.text += part;
    else if (part) runs.push({ text: part, keep: false });
  };
  let last = 0;
  for (const match of clean.matchAll(WORD)) {
    if (!NEEDS_KEEPING.test(match[0])) continue;
    pushPlain(clean.slice(last, match.index));
    runs.push({ text: match[0], keep: true });
    last = match.index + match[0].length;
  }
  pushPlain(clean.slice(last));
  return runs;
}

/** A piece of a run: figures (digits and the separators between them) or other text. */
export interface RunPiece {
  text: string;
  figures: boolean;
}

/** Digits with the separators inside a number: "2027", "52 560", "3,5", "09.30". */
const FIGURES = /\p{Nd}(?:[\p{Nd}\u202f\u00a0.,]*\p{Nd})?/gu;

/** Splits a run's text into figures and the rest, so figures can be set in their own face. */
export function figurePieces(text: string): RunPiece[] {
  const pieces: RunPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(FIGURES)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), figures: false });
    pieces.push({ text: match[0], figures: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), figures: false });
  return pieces;
}
