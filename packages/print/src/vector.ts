import { BlasonError } from '@blason/core';
import { drawSvgPage } from './draw.js';
import type { PdfBox } from './geometry.js';
import type { PrintPdf, VectorPdfOptions } from './types.js';

/** A one-page vector PDF the size of the SVG (logos, usage sheets): no bleed, no marks. */
export async function encodeVectorPdfWithReport(options: VectorPdfOptions): Promise<PrintPdf> {
  const { widthPt, heightPt } = options;
  if (!(widthPt > 0 && heightPt > 0 && Number.isFinite(widthPt) && Number.isFinite(heightPt))) {
    throw new BlasonError('Invalid page size', [
      {
        code: 'print/invalid-size',
        message: `page is ${widthPt}×${heightPt} pt`,
        expected: 'a positive width and height in points',
      },
    ]);
  }
  const page: PdfBox = [0, 0, widthPt, heightPt];
  return drawSvgPage({
    svg: options.svg,
    mediaBox: page,
    bleedBox: page,
    trimBox: page,
    artBox: page,
    cropMarks: [],
    markStrokePt: 0,
    cmyk: options.cmyk,
    allowRgb: options.allowRgb ?? false,
    metadata: options.metadata,
    date: options.date,
  });
}

/** {@link encodeVectorPdfWithReport}, bytes only. */
export async function encodeVectorPdf(options: VectorPdfOptions): Promise<Uint8Array> {
  return (await encodeVectorPdfWithReport(options)).pdf;
}
