import type { CropMarkSpec, PosterPdfOptions } from '@blason/print';
import type { ResolvedTheme } from '@blason/tokens/theme';

/**
 * `@blason/print` (pdfkit and its SVG reader, ≈ 0.1 s to load) is loaded with the first poster:
 * a thread that renders only screen formats (the studio, `blason render -f story`) never pays it.
 */
let printModule: Promise<typeof import('@blason/print')> | undefined;

/** A poster's PDF, dated from its own SVG (see `documentDate`). */
export async function posterPdf(options: Omit<PosterPdfOptions, 'date'>): Promise<Uint8Array> {
  printModule ??= import('@blason/print');
  const { contentDate, encodePosterPdf } = await printModule;
  return encodePosterPdf({ ...options, date: documentDate(options.svg, contentDate) });
}

/**
 * PDFs carry a date: one derived from the poster's own SVG keeps reruns byte-identical and changes
 * with the content. SOURCE_DATE_EPOCH (the reproducible-builds convention) sets it for a release.
 */
function documentDate(svg: string, contentDate: (svg: string) => Date): Date {
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
