import { type CropMarkSpec, contentDate } from '@blason/print';
import type { ResolvedTheme } from '@blason/tokens/theme';

/**
 * PDFs carry a date: one derived from the poster's own SVG keeps reruns byte-identical and changes
 * with the content. SOURCE_DATE_EPOCH (the reproducible-builds convention) sets it for a release.
 */
export function documentDate(svg: string): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : contentDate(svg);
}

/** Crop marks from the `prepress.cropMarks` tokens (mm), when the theme has them. */
export function cropMarksOf(theme: Pick<ResolvedTheme, 'tokens'>): CropMarkSpec | undefined {
  const mark = (name: string) => theme.tokens.get(`prepress.cropMarks.${name}`)?.normalized;
  const [length, offset, strokeWidth] = [mark('length'), mark('offset'), mark('strokeWidth')];
  if (typeof length !== 'number' || typeof offset !== 'number' || typeof strokeWidth !== 'number')
    return undefined;
  return { lengthMm: length, offsetMm: offset, strokeWidthMm: strokeWidth };
}
