import type { TextStyle } from './fit.js';
import type { LoadedFonts } from './fonts.js';

/**
 * White space a line can certainly break at: before a Latin letter or a digit, after a letter, a
 * digit or punctuation that closes (« , », « ) », « » »). Elsewhere (before « ! », after « ( »
 * or « ¿ ») it may belong to an unbreakable run, and so may a line feed collapsed into a space.
 * No-break spaces never break.
 */
const CERTAIN_BREAK = /(?<=[\p{L}\p{N}\p{Pe}\p{Pf}.,;:!?…%])[ \t\r\n]+(?=[\p{Script=Latin}\p{N}])/u;

/**
 * Room for kerning and shaping, which may widen a run beyond its advances: Bricolage Grotesque
 * kerns « WW » 3 % apart. A generous margin costs little: a text close to its box is measured.
 */
const SHAPING_MARGIN = 1.25;

/**
 * An upper bound, in px, of a text's min-content width (its widest unbreakable run) in `style`
 * at `fontSize`, from its characters' widest advances: the runs it is cut into are never shorter
 * than the line breaker's, and each character counts as wide as its widest case in any font.
 * Cheap enough to skip measuring the min-content width of a text whose bound already fits its box.
 */
export function minContentBound(
  text: string,
  style: TextStyle,
  fontSize: number,
  fonts: LoadedFonts,
): number {
  const spacing = Math.max(0, style.letterSpacing ?? 0);
  let widest = 0;
  for (const run of text.split(CERTAIN_BREAK)) {
    let width = 0;
    for (const char of run) width += widestCase(char, fontSize, spacing, fonts);
    widest = Math.max(widest, width);
  }
  return widest * SHAPING_MARGIN + 1;
}

/**
 * The widest a character can be drawn, in px, in any case, since `textTransform` may change it
 * (and the case may have more characters: « ß » is « SS » in capitals).
 */
function widestCase(char: string, fontSize: number, spacing: number, fonts: LoadedFonts): number {
  let widest = 0;
  for (const variant of [char, char.toUpperCase(), char.toLowerCase()]) {
    let width = 0;
    for (const part of variant) width += fonts.advanceBound(part.codePointAt(0) ?? 0) * fontSize + spacing;
    widest = Math.max(widest, width);
  }
  return widest;
}
