/**
 * WCAG 2.1 contrast ratio (1 to 21), as `blason tokens check` computes it: a translucent foreground
 * (`#rrggbbaa`) is judged composited over its background.
 */
export { contrastRatio } from '@blason/tokens/theme';

export type WcagLevel = 'AAA' | 'AA' | 'AA large' | 'fail';

/** Level reached by body text: 7 (AAA), 4.5 (AA), 3 (AA for large text and UI components). */
export function wcagLevel(ratio: number): WcagLevel {
  if (ratio >= 7) return 'AAA';
  if (ratio >= 4.5) return 'AA';
  if (ratio >= 3) return 'AA large';
  return 'fail';
}

export const formatRatio = (ratio: number): string => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
