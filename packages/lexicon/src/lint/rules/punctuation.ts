import { q } from '../quote.js';
import type { RuleCheck } from './context.js';

/** "...", but neither four dots nor more, nor the dots after "etc". */
const threeDots = /(?<!\.)\.\.\.(?!\.)/g;
const manyDots = /(?<![.…])(?:\.{4,}|[.…]*…[.…]+|[.…]+…[.…]*)(?![.…])/gu;
const etcetera = /(?<![\p{L}\p{M}])(etc)(\.{2,}|…+|\.*…[.…]*)/giu;

export const ellipsis: RuleCheck = (context, emit) => {
  const { text } = context;
  const afterEtc = new Set<number>();
  for (const m of text.matchAll(etcetera)) {
    const start = m.index + (m[1] ?? '').length;
    afterEtc.add(start);
    if (context.inLiteral(start, m.index + m[0].length)) continue;
    emit(
      start,
      m.index + m[0].length,
      '.',
      `${q('etc.')} prend un seul point, jamais de points de suspension.`,
    );
  }
  for (const m of text.matchAll(threeDots)) {
    if (afterEtc.has(m.index) || context.inLiteral(m.index, m.index + 3)) continue;
    emit(m.index, m.index + 3, '…', 'Points de suspension attendus en un seul caractère (…).');
  }
  for (const m of text.matchAll(manyDots)) {
    if (afterEtc.has(m.index) || context.inLiteral(m.index, m.index + m[0].length)) continue;
    emit(
      m.index,
      m.index + m[0].length,
      '…',
      'Les points de suspension sont trois points, en un seul caractère (…)\u00A0: jamais plus.',
    );
  }
};

/**
 * ",," and ";;" (and longer runs); "::" outside code; two dots that are neither a point nor an ellipsis.
 * A run is whole runs of one mark, whatever its neighbours: ",,:" is a doubled comma too, or fixing
 * the colon's space would expose it on the next pass.
 */
const doubled = /(?<!,),,+(?!,)|(?<!;);;+(?!;)|(?<!:)::+(?!:)/gu;
const twoDots = /(?<![.…!?])\.\.(?![.…/\\])/gu;

export const doubledPunctuation: RuleCheck = (context, emit) => {
  const { text } = context;
  for (const m of text.matchAll(doubled)) {
    const end = m.index + m[0].length;
    if (context.inLiteral(m.index, end)) continue;
    const mark = m[0].charAt(0);
    emit(m.index, end, mark, `Ponctuation doublée\u00A0: un seul ${q(mark)}.`);
  }
  for (const m of text.matchAll(twoDots)) {
    const end = m.index + 2;
    if (context.inLiteral(m.index, end) || /etc$/iu.test(text.slice(Math.max(0, m.index - 3), m.index)))
      continue;
    // A point or an ellipsis? Only the author knows: suggested, not fixed.
    emit(
      m.index,
      end,
      '.',
      `Deux points de suite\u00A0: un point ${q('.')} ou des points de suspension ${q('…')}.`,
      false,
    );
  }
};

/**
 * A mark glued to the next word: "achats:condensateurs", "pâlissait;les", "leva?Voilà". A point
 * counts only between a lower-case word and a capital ("fin.Le"), so abbreviations (M.Dupont, p.ex.)
 * and point forms are left alone; digits on both sides are a time, a ratio or a decimal.
 */
// Dots before the mark belong to the run (".…:" → ".…: "), and a straight quote counts as the « »
// it will become, so that fixing one finding never exposes another.
const gluedMark = /(?<=[\p{L}\p{M}\p{N})\]»”"])([.,;:!?…]*[,;:!?…])(?=[\p{L}«“(])/uy;
/**
 * Runs of marks: a glued run can only start a run (no mark may stand before it), so `gluedMark` is
 * tried there rather than after every character of the text.
 */
const markRuns = /[.,;:!?…]+/g;
/** A run of text without spaces that holds an address ("contact@…", "https://…", "www.…"). */
const addressLike = /@|:\/\/|www\./iu;
// The point comes first so that only points are tried.
const gluedPoint = /\.(?<=[\p{Ll}\p{M}]{2}\.)(?=\p{Lu}\p{Ll})/gu;

export const spaceAfter: RuleCheck = (context, emit) => {
  const { text } = context;
  const report = (start: number, mark: string) => {
    const end = start + mark.length;
    if (context.inLiteral(start - 1, end + 1)) return;
    // Next to something address-like, a space may break it: reported, left to the author.
    const safe = !addressLike.test(wordBefore(text, start)) && !addressLike.test(wordAfter(text, end));
    emit(start, end, `${mark} `, `Espace attendue après ${q(mark)}.`, safe);
  };
  for (const run of text.matchAll(markRuns)) {
    gluedMark.lastIndex = run.index;
    const m = gluedMark.exec(text);
    if (m) report(m.index, m[0]);
  }
  for (const m of text.matchAll(gluedPoint)) report(m.index, m[0]);
};

/** Characters of a word, an address or a handle, as far as a space-after fix is concerned. */
const addressChar = /[\p{L}\p{M}\p{N}@/._~%+-]/u;

function wordBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && addressChar.test(text.charAt(from - 1))) from--;
  return text.slice(from, start);
}

function wordAfter(text: string, end: number): string {
  let to = end;
  while (to < text.length && addressChar.test(text.charAt(to))) to++;
  return text.slice(end, to);
}
