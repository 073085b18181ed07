import { partnerNameMinCapHeight, partnerNameScale } from '@blason/templates';
import type { ResolvedTheme } from '@blason/tokens/theme';
import type { LogoRules } from './types.js';

/**
 * The smallest wordmark width a logo may be used at. The tokens give it for the wordmark
 * (`logo.minSize`); a lockup must also keep its partner name legible, so its minimum is raised
 * until the partner name's cap height reaches `logo.lockup.partnerNameMinCapHeight` (rounded up
 * to a whole px and mm). `wordmarkPerCapHeight` is the wordmark's ink width divided by H.
 */
export function minSizeOf(
  theme: ResolvedTheme,
  wordmarkPerCapHeight: number,
  withPartnerName: boolean,
): LogoRules['minSize'] {
  const wordmark = { screenPx: theme.logo.minSize.screen, printMm: theme.logo.minSize.print };
  const screenCap = partnerNameMinCapHeight(theme, 'screen');
  const printCap = partnerNameMinCapHeight(theme, 'print');
  if (!withPartnerName || screenCap === undefined || printCap === undefined) return wordmark;
  // Partner cap height = scale × H = scale × width / wordmarkPerCapHeight.
  const widthFor = (cap: number) => Math.ceil((cap * wordmarkPerCapHeight) / partnerNameScale(theme));
  return {
    screenPx: Math.max(wordmark.screenPx, widthFor(screenCap)),
    printMm: Math.max(wordmark.printMm, widthFor(printCap)),
    partnerNameCapHeight: { screenPx: screenCap, printMm: printCap },
  };
}
