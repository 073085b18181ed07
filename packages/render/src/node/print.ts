import { type Cmyk, type CropMarkSpec, contentDate } from '@blason/print';
import type { ResolvedTheme } from '@blason/tokens/theme';

/**
 * The tokens' CMYK by hex colour, for `encodePosterPdf`: every colour of the print theme is
 * looked up by its token path (`color.brand.default`).
 */
export function cmykByHex(theme: Pick<ResolvedTheme, 'color' | 'print'>): (hex: string) => Cmyk | undefined {
  const table = new Map<string, Cmyk>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string' && /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(node)) {
      const cmyk = theme.print.cmyk(path);
      const hex = node.slice(0, 7).toLowerCase();
      if (cmyk && !table.has(hex)) table.set(hex, cmyk);
      return;
    }
    if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    }
  };
  walk(theme.color, 'color');
  return (hex) => table.get(hex.toLowerCase());
}

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
