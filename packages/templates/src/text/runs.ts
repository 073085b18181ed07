const WORD_JOINER = /\u2060/g;
/** A word with an inner hyphen ("Inscrivez-vous", "Saint-Omer", "vie-quotidienne"). */
const HYPHENATED_WORD = /[\p{L}\p{N}’']+(?:-[\p{L}\p{N}’']+)+/gu;

export interface TextRun {
  text: string;
  /** True for a hyphenated word that must not break at its hyphen. */
  keep: boolean;
}

/**
 * Splits a text into runs so hyphenated words can be drawn unbreakable: satori breaks after a
 * plain hyphen and the brand fonts have no non-breaking hyphen (U+2011) nor word joiner (U+2060).
 * Word joiners an engine may have inserted are dropped.
 */
export function textRuns(text: string): TextRun[] {
  const clean = text.replace(WORD_JOINER, '');
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of clean.matchAll(HYPHENATED_WORD)) {
    const start = match.index;
    if (start > last) runs.push({ text: clean.slice(last, start), keep: false });
    runs.push({ text: match[0], keep: true });
    last = start + match[0].length;
  }
  if (last < clean.length) runs.push({ text: clean.slice(last), keep: false });
  return runs;
}
