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

/**
 * Crop marks, as the `prepress.cropMarks` tokens give them. Marks lie on the prolongation of the
 * trim lines and start `offsetMm` from the trim; a mark may not start inside the bleed.
 */
export interface CropMarkSpec {
  /** Distance from the trim edge to the start of a mark, mm; at least the bleed. */
  readonly offsetMm: number;
  /** Length of a mark, mm. */
  readonly lengthMm: number;
  /** Stroke width, mm (a hairline of 0.25 pt is about 0.09 mm). */
  readonly strokeWidthMm: number;
}

/** The marks used when the caller gives none: 1 mm beyond the bleed, 5 mm long, 0.25 pt wide. */
export function defaultCropMarks(bleedMm: number): CropMarkSpec {
  return { offsetMm: bleedMm + 1, lengthMm: 5, strokeWidthMm: 0.25 / POINTS_PER_MM };
}

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
  marks: CropMarkSpec = defaultCropMarks(bleedMm),
): PosterLayout {
  const trimW = mmToPt(trimWidthMm);
  const trimH = mmToPt(trimHeightMm);
  const bleed = mmToPt(bleedMm);
  const offset = mmToPt(marks.offsetMm);
  const length = mmToPt(marks.lengthMm);
  const margin = offset + length + mmToPt(1);
  const trimBox: PdfBox = [margin, margin, margin + trimW, margin + trimH];
  return {
    mediaBox: [0, 0, trimW + 2 * margin, trimH + 2 * margin],
    bleedBox: [margin - bleed, margin - bleed, margin + trimW + bleed, margin + trimH + bleed],
    trimBox,
    slug: margin - bleed,
    cropMarks: cropMarkSegments(trimBox, offset, length),
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
