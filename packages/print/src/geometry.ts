/** Page geometry of a print PDF, in PDF points (1/72 in), origin at the bottom left. */

export const POINTS_PER_MM = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * POINTS_PER_MM;
}

/** `[left, bottom, right, top]` in points, as PDF page boxes are written. */
export type PdfBox = readonly [number, number, number, number];

/** A straight line segment in points, origin at the bottom left. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Crop-mark settings (ISO 12647-2 / usual print-shop practice: marks start outside the bleed). */
export interface CropMarkSpec {
  /** Gap between the bleed edge and the start of a mark, mm. */
  readonly offsetMm: number;
  /** Length of a mark, mm. */
  readonly lengthMm: number;
  /** Stroke width, pt (a hairline of 0.25 pt is the usual value). */
  readonly strokePt: number;
}

export const DEFAULT_CROP_MARKS: CropMarkSpec = { offsetMm: 1, lengthMm: 5, strokePt: 0.25 };

/** Where the trim, the bleed and the marks sit on a poster page. */
export interface PosterLayout {
  readonly mediaBox: PdfBox;
  readonly bleedBox: PdfBox;
  readonly trimBox: PdfBox;
  /** Width of the slug around the bleed that holds the marks, pt. */
  readonly slug: number;
  readonly cropMarks: readonly Segment[];
}

/** Lays out a poster page: trim size, bleed around it, then a slug wide enough for the crop marks. */
export function posterLayout(
  trimWidthMm: number,
  trimHeightMm: number,
  bleedMm: number,
  marks: CropMarkSpec = DEFAULT_CROP_MARKS,
): PosterLayout {
  const trimW = mmToPt(trimWidthMm);
  const trimH = mmToPt(trimHeightMm);
  const bleed = mmToPt(bleedMm);
  const offset = mmToPt(marks.offsetMm);
  const length = mmToPt(marks.lengthMm);
  const slug = offset + length + mmToPt(1);
  const margin = bleed + slug;
  const trimBox: PdfBox = [margin, margin, margin + trimW, margin + trimH];
  return {
    mediaBox: [0, 0, trimW + 2 * margin, trimH + 2 * margin],
    bleedBox: [margin - bleed, margin - bleed, margin + trimW + bleed, margin + trimH + bleed],
    trimBox,
    slug,
    cropMarks: cropMarkSegments(trimBox, bleed + offset, length),
  };
}

/**
 * Eight marks, two per corner, on the prolongation of the trim edges and starting
 * `start` points away from the trim so that none of them enters the bleed.
 */
export function cropMarkSegments(trim: PdfBox, start: number, length: number): Segment[] {
  const [left, bottom, right, top] = trim;
  const segments: Segment[] = [];
  for (const y of [bottom, top]) {
    segments.push({ x1: left - start - length, y1: y, x2: left - start, y2: y });
    segments.push({ x1: right + start, y1: y, x2: right + start + length, y2: y });
  }
  for (const x of [left, right]) {
    segments.push({ x1: x, y1: bottom - start - length, x2: x, y2: bottom - start });
    segments.push({ x1: x, y1: top + start, x2: x, y2: top + start + length });
  }
  return segments;
}

export function boxWidth(box: PdfBox): number {
  return box[2] - box[0];
}

export function boxHeight(box: PdfBox): number {
  return box[3] - box[1];
}
