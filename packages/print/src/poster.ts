import { BlasonError, type Problem } from '@blason/core';
import { drawSvgPage } from './draw.js';
import { type CropMarkSpec, defaultCropMarks, mmToPt, posterLayout } from './geometry.js';
import type { PosterPdfOptions, PrintPdf } from './types.js';

/**
 * A print-ready poster: the SVG (trim + bleed) drawn as vectors, brand colours in the
 * tokens' CMYK, crop marks outside the bleed, MediaBox ⊃ BleedBox ⊃ TrimBox.
 * Not PDF/X: no Node library writes a conforming PDF/X (output intent, ICC profile).
 */
export async function encodePosterPdfWithReport(options: PosterPdfOptions): Promise<PrintPdf> {
  const problems = sizeProblems(options);
  if (problems.length > 0) throw new BlasonError('Invalid poster geometry', problems);
  const marks = options.cropMarks ?? defaultCropMarks(options.bleedMm);
  const layout = posterLayout(options.trimWidthMm, options.trimHeightMm, options.bleedMm, marks);
  return drawSvgPage({
    svg: options.svg,
    mediaBox: layout.mediaBox,
    bleedBox: layout.bleedBox,
    trimBox: layout.trimBox,
    artBox: layout.bleedBox,
    cropMarks: layout.cropMarks,
    markStrokePt: mmToPt(marks.strokeWidthMm),
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
  const problems = [
    minimumProblem('trimWidthMm', options.trimWidthMm, 1),
    minimumProblem('trimHeightMm', options.trimHeightMm, 1),
    minimumProblem('bleedMm', options.bleedMm, 0),
  ];
  if (options.cropMarks) problems.push(...cropMarkProblems(options.cropMarks, options.bleedMm));
  return problems.filter((problem): problem is Problem => problem !== undefined);
}

function minimumProblem(field: string, value: number, min: number): Problem | undefined {
  if (Number.isFinite(value) && value >= min) return undefined;
  return {
    code: 'print/invalid-size',
    message: `${field} is ${value}`,
    path: field,
    expected: `a number of millimetres ≥ ${min}`,
  };
}

/** A mark that started inside the bleed would print over the artwork that runs past the trim. */
function cropMarkProblems(marks: CropMarkSpec, bleedMm: number): (Problem | undefined)[] {
  const problems = [
    minimumProblem('cropMarks.lengthMm', marks.lengthMm, 1),
    minimumProblem('cropMarks.strokeWidthMm', marks.strokeWidthMm, 0.01),
  ];
  if (!(marks.offsetMm >= bleedMm)) {
    problems.push({
      code: 'print/crop-marks-in-bleed',
      message: `crop marks start ${marks.offsetMm} mm from the trim, inside the ${bleedMm} mm bleed`,
      path: 'cropMarks.offsetMm',
      expected: `an offset of at least the bleed (${bleedMm} mm)`,
    });
  }
  return problems;
}
