import { BlasonError, type Problem } from '@blason/core';
import { drawSvgPage } from './draw.js';
import { DEFAULT_CROP_MARKS, posterLayout } from './geometry.js';
import type { PosterPdfOptions, PrintPdf } from './types.js';

/**
 * A print-ready poster: the SVG (trim + bleed) drawn as vectors, brand colours in the
 * tokens' CMYK, crop marks outside the bleed, MediaBox ⊃ BleedBox ⊃ TrimBox.
 * Not PDF/X: no Node library writes a conforming PDF/X (output intent, ICC profile).
 */
export async function encodePosterPdfWithReport(options: PosterPdfOptions): Promise<PrintPdf> {
  const problems = sizeProblems(options);
  if (problems.length > 0) throw new BlasonError('Invalid poster size', problems);
  const layout = posterLayout(options.trimWidthMm, options.trimHeightMm, options.bleedMm);
  return drawSvgPage({
    svg: options.svg,
    mediaBox: layout.mediaBox,
    bleedBox: layout.bleedBox,
    trimBox: layout.trimBox,
    artBox: layout.bleedBox,
    cropMarks: layout.cropMarks,
    markStrokePt: DEFAULT_CROP_MARKS.strokePt,
    cmyk: options.cmyk,
    allowRgb: options.allowRgb ?? false,
    metadata: options.metadata,
    date: options.date,
  });
}

/** {@link encodePosterPdfWithReport}, bytes only. */
export async function encodePosterPdf(options: PosterPdfOptions): Promise<Uint8Array> {
  return (await encodePosterPdfWithReport(options)).pdf;
}

function sizeProblems(options: PosterPdfOptions): Problem[] {
  const problems: Problem[] = [];
  const check = (field: keyof PosterPdfOptions, value: number, min: number) => {
    if (!Number.isFinite(value) || value < min) {
      problems.push({
        code: 'print/invalid-size',
        message: `${field} is ${value}`,
        path: field,
        expected: `a number of millimetres ≥ ${min}`,
      });
    }
  };
  check('trimWidthMm', options.trimWidthMm, 1);
  check('trimHeightMm', options.trimHeightMm, 1);
  check('bleedMm', options.bleedMm, 0);
  return problems;
}
