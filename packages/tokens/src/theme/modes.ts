/** What a visual is made for: a screen, or paper. */
export type ThemeMedium = 'screen' | 'print';

/**
 * The mode context a brand names `print` is its paper mode: print formats are always drawn in it
 * (colours with CMYK values, 100 % K text). Like the `partner` and `mode` modifier names, the name
 * is part of the tokens contract (docs/TOKENS.md); which modes exist and which one screens use by
 * default come from the brand's resolver (`Brand.modes`, `Brand.defaults.mode`).
 */
export const PRINT_MODE = 'print';
