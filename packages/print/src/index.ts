export { type Cmyk, type CmykLookup, isCmyk } from './colour.js';
export { contentDate } from './date.js';
export { type PrintFacts, type RasterFact, readPrintFacts } from './facts.js';
export {
  type CropMarkSpec,
  defaultCropMarks,
  mmToPt,
  type PdfBox,
  POINTS_PER_MM,
  type PosterLayout,
  posterLayout,
} from './geometry.js';
export { encodePosterPdf, encodePosterPdfWithReport } from './poster.js';
export { unsafeSvgProblems } from './svg-input.js';
export type {
  EmbeddedImage,
  PdfMetadata,
  PosterPdfOptions,
  PrintPdf,
  PrintReport,
  VectorPdfOptions,
} from './types.js';
export { encodeVectorPdf, encodeVectorPdfWithReport } from './vector.js';
