/**
 * Advance widths (per mille of the em, no kerning) of the faces templates size boxes with before
 * the engine measures: Bricolage Grotesque ExtraBold (the wordmark, titles), Bricolage Grotesque
 * Medium (quotes) and Atkinson Hyperlegible Next SemiBold (the partner names), read with fontkit
 * from the font files of `@expo-google-fonts/*` for the characters below. The co-branding strip
 * sizes its cells with them, so names sit one rule apart at their real width; a character missing
 * here counts as a wide one. Regenerate after changing one of these faces:
 *   fontkit.openSync(ttf).glyphForCodePoint(cp).advanceWidth / unitsPerEm * 1000, rounded.
 */
const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00c0\u00c2\u00c4\u00c7\u00c9\u00c8\u00ca\u00cb\u00ce\u00cf\u00d4\u00d6\u00d9\u00db\u00dc\u0178\u00e0\u00e2\u00e4\u00e7\u00e9\u00e8\u00ea\u00eb\u00ee\u00ef\u00f4\u00f6\u00f9\u00fb\u00fc\u00ff\u0152\u0153\u00c6\u00e6\u2019\u2018\u201c\u201d\u00ab\u00bb\u2013\u2014\u00b7\u2026\u00a0\u202f';

const DISPLAY: readonly number[] = [
  223, 303, 381, 633, 647, 992, 754, 187, 329, 329, 456, 534, 212, 359, 252, 365, 670, 360, 613, 611, 638,
  615, 662, 517, 661, 658, 262, 237, 534, 534, 534, 425, 1004, 712, 692, 685, 705, 632, 601, 729, 730, 303,
  382, 697, 509, 955, 790, 725, 654, 726, 688, 658, 579, 733, 682, 1001, 719, 662, 576, 329, 365, 329, 585,
  543, 283, 595, 648, 571, 649, 587, 408, 607, 643, 286, 288, 605, 283, 963, 643, 612, 648, 649, 446, 549,
  406, 634, 585, 881, 587, 608, 537, 347, 277, 347, 534, 712, 712, 712, 685, 632, 632, 632, 632, 303, 303,
  725, 725, 733, 733, 733, 662, 595, 595, 595, 571, 587, 587, 587, 587, 286, 286, 612, 612, 634, 634, 634,
  608, 1002, 966, 972, 937, 219, 219, 426, 426, 484, 484, 545, 821, 252, 795, 223, 167,
];

const DISPLAY_MEDIUM: readonly number[] = [
  246, 266, 317, 612, 630, 947, 756, 158, 305, 290, 395, 516, 165, 339, 196, 353, 656, 320, 583, 595, 595,
  599, 646, 493, 645, 640, 207, 187, 516, 516, 516, 413, 952, 671, 666, 670, 691, 599, 578, 706, 708, 274,
  357, 666, 508, 908, 746, 716, 629, 719, 660, 641, 553, 719, 657, 957, 652, 600, 560, 315, 341, 300, 546,
  578, 283, 567, 618, 555, 617, 570, 380, 588, 608, 259, 266, 561, 257, 912, 608, 604, 618, 617, 411, 535,
  380, 599, 546, 827, 534, 591, 500, 353, 259, 331, 516, 671, 671, 671, 670, 599, 599, 599, 599, 274, 274,
  716, 716, 719, 719, 719, 600, 567, 567, 567, 555, 570, 570, 570, 570, 258, 258, 604, 604, 599, 599, 599,
  591, 987, 960, 917, 907, 176, 176, 346, 346, 420, 420, 520, 767, 196, 706, 246, 167,
];

const BODY: readonly number[] = [
  303, 298, 362, 730, 604, 953, 727, 195, 324, 324, 485, 598, 252, 369, 253, 424, 656, 430, 569, 592, 621,
  602, 617, 529, 621, 578, 253, 253, 564, 617, 564, 526, 780, 662, 634, 654, 683, 589, 562, 711, 699, 415,
  546, 654, 548, 848, 710, 737, 617, 747, 639, 604, 592, 687, 628, 877, 666, 627, 615, 333, 424, 344, 573,
  391, 274, 544, 587, 502, 586, 555, 349, 582, 565, 285, 255, 536, 301, 870, 565, 567, 587, 591, 368, 497,
  360, 559, 509, 723, 522, 499, 492, 370, 249, 370, 543, 662, 662, 662, 654, 589, 589, 589, 589, 415, 415,
  737, 737, 687, 687, 687, 627, 544, 544, 544, 502, 555, 555, 555, 555, 285, 299, 567, 567, 559, 559, 559,
  499, 1018, 932, 943, 874, 259, 259, 455, 455, 622, 622, 502, 830, 277, 747, 303, 527,
];

/** Width of a character missing from the table, per mille of the em (a wide letter). */
const MISSING = 700;
/** Room for rendering differences (hinting, rounding): boxes must hold the real text. */
const SAFETY = 1.04;

const tables = { display: DISPLAY, displayMedium: DISPLAY_MEDIUM, body: BODY } as const;

/** A face with an advance table. */
export type AdvanceFace = keyof typeof tables;
const indexOf = new Map([...CHARS].map((ch, i) => [ch, i]));

/** The advance of a one-line text in a lockup face at `fontSize` px, rounded up, with a small margin. */
export function textAdvance(text: string, fontSize: number, face: keyof typeof tables): number {
  return Math.ceil(exactAdvance(text, fontSize, face) * SAFETY);
}

/**
 * The advance of a one-line text without margin or tracking, px: where the next box starts when
 * two boxes share a line (a key figure's unit after its number).
 */
export function exactAdvance(text: string, fontSize: number, face: keyof typeof tables): number {
  const table = tables[face];
  let units = 0;
  for (const ch of text) {
    const index = indexOf.get(ch);
    units += index === undefined ? MISSING : (table[index] ?? MISSING);
  }
  return (units / 1000) * fontSize;
}
