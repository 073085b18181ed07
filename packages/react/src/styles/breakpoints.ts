/**
 * Breakpoints in `em` so they follow the reader's font size. A plain module, not a `.css.ts`: a
 * stylesheet that imports it does not pull the sprinkles CSS into every consumer's bundle.
 */
export const breakpoints = { md: 'screen and (min-width: 48em)', lg: 'screen and (min-width: 64em)' };
