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

export interface TextRun {
  text: string;
  /** True for a run drawn with `whiteSpace: nowrap`. */
  keep: boolean;
}

/** The space after a number: "6 ans", "18 mars" stay together, a line never ends on a bare number. */
const AFTER_NUMBER = /(?<=(?:^|[\s(])\p{N}[\p{N}\u202f\u00a0.,]*) (?=\p{L})/gu;

/** Splits a text into runs so unbreakable words can be drawn `nowrap`; word joiners are dropped. */
export function textRuns(text: string): TextRun[] {
  const clean = text.replace(WORD_JOINER, '').replace(AFTER_NUMBER, '\u00a0');
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
