import Color from 'colorjs.io';
import type { Hex } from './types.js';

/** A colour with alpha (`#rrggbbaa`) is judged as it shows: composited over its background. */
function over(foreground: Hex, background: Hex): Color {
  const fg = new Color(foreground);
  if (fg.alpha >= 1) return fg;
  const opaque = fg.clone();
  opaque.alpha = 1;
  return Color.mix(background, opaque, fg.alpha, { space: 'srgb' });
}

/** WCAG 2.1 contrast ratio between a foreground and a background colour (1 to 21). */
export function contrastRatio(foreground: Hex, background: Hex): number {
  return Color.contrast(over(foreground, background), new Color(background), 'WCAG21');
}

export type WcagLevel = 'AAA' | 'AA' | 'AA large' | 'fail';

/** Level reached by body text: 7 (AAA), 4.5 (AA), 3 (AA for large text and UI components). */
export function wcagLevel(ratio: number): WcagLevel {
  if (ratio >= 7) return 'AAA';
  if (ratio >= 4.5) return 'AA';
  if (ratio >= 3) return 'AA large';
  return 'fail';
}

export const formatRatio = (ratio: number): string => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
