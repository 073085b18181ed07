import { aspectMatrix, slices } from './geometry.js';
import type { SvgColour } from './paint-values.js';
import { addPath } from './path-data.js';
import type { Clip, Drawable, Geometry } from './plan.js';

/** What the painter asks of the document it draws for. */
export interface PaintHooks {
  /** The colour to write for an SVG colour and its alpha: `[r, g, b]` (0–255) or `[c, m, y, k]` (0–100). */
  readonly colour: (colour: SvgColour) => [number[], number];
  /** Checks an image link and gives the one to embed. */
  readonly image: (href: string) => string;
}

type Doc = PDFKit.PDFDocument;

/** Draws a planned SVG with PDFKit, in document order. */
export function paintDrawable(doc: Doc, item: Drawable, hooks: PaintHooks): void {
  // Every shape sets the colours and line style it paints with, so only a transform, a clip or
  // a dash (which solid strokes do not reset) needs the graphics state saved around it.
  const isolated =
    item.transform !== undefined ||
    item.clips.length > 0 ||
    item.kind === 'image' ||
    (item.kind === 'shape' && (item.stroke?.dashes.length ?? 0) > 0);
  if (isolated) doc.save();
  if (item.transform) doc.transform(...item.transform);
  for (const clip of item.clips) addClip(doc, clip);
  if (item.kind === 'group') {
    for (const child of item.children) paintDrawable(doc, child, hooks);
  } else if (item.kind === 'shape') {
    paintShape(doc, item, hooks);
  } else {
    paintImage(doc, item, hooks);
  }
  if (isolated) doc.restore();
}

function addClip(doc: Doc, clip: Clip): void {
  addGeometry(doc, clip.geometry);
  doc.clip(clip.rule);
}

function addGeometry(doc: Doc, geometry: Geometry): void {
  if (geometry.kind === 'path') addPath(doc, geometry.ops);
  else if (geometry.kind === 'circle') doc.circle(geometry.cx, geometry.cy, geometry.r);
  else if (geometry.rx > 0 && geometry.ry > 0) addRoundedRect(doc, geometry);
  else doc.rect(geometry.x, geometry.y, geometry.width, geometry.height);
}

/** Distance of a quarter ellipse's Bézier control points from its ends, in radii. */
const KAPPA = (4 / 3) * (Math.SQRT2 - 1);

/** A rectangle with elliptical corners (PDFKit's `roundedRect` takes one radius only). */
function addRoundedRect(
  doc: Doc,
  { x, y, width, height, rx, ry }: Extract<Geometry, { kind: 'rect' }>,
): void {
  const [right, bottom] = [x + width, y + height];
  const [kx, ky] = [rx * KAPPA, ry * KAPPA];
  doc
    .moveTo(x + rx, y)
    .lineTo(right - rx, y)
    .bezierCurveTo(right - rx + kx, y, right, y + ry - ky, right, y + ry)
    .lineTo(right, bottom - ry)
    .bezierCurveTo(right, bottom - ry + ky, right - rx + kx, bottom, right - rx, bottom)
    .lineTo(x + rx, bottom)
    .bezierCurveTo(x + rx - kx, bottom, x, bottom - ry + ky, x, bottom - ry)
    .lineTo(x, y + ry)
    .bezierCurveTo(x, y + ry - ky, x + rx - kx, y, x + rx, y)
    .closePath();
}

/** Colours and line style first: PDF allows no state change inside a path. */
function paintShape(doc: Doc, shape: Extract<Drawable, { kind: 'shape' }>, hooks: PaintHooks): void {
  const { fill, stroke } = shape;
  if (fill) {
    const [colour, alpha] = hooks.colour(fill.colour);
    doc.fillColor(colour as unknown as string, alpha * fill.opacity);
  }
  if (stroke) {
    const [colour, alpha] = hooks.colour(stroke.colour);
    doc
      .strokeColor(colour as unknown as string, alpha * stroke.opacity)
      .lineWidth(stroke.width)
      .lineCap(stroke.cap)
      .lineJoin(stroke.join)
      .miterLimit(stroke.miterLimit);
    if (stroke.dashes.length > 0) setDash(doc, stroke.dashes, stroke.dashOffset);
  }
  if (!fill && !stroke) return;
  addGeometry(doc, shape.geometry);
  if (fill && stroke) doc.fillAndStroke(fill.rule);
  else if (fill) doc.fill(fill.rule);
  else doc.stroke();
}

/**
 * Sets the dash pattern. Written directly: PDFKit's `dash` refuses a zero length, which PDF
 * draws as a dot under a round cap (satori's dotted borders).
 */
function setDash(doc: Doc, dashes: readonly number[], phase: number): void {
  const number = (value: number) => String(Math.round(value * 100) / 100);
  (doc as unknown as { addContent(operator: string): void }).addContent(
    `[${dashes.map(number).join(' ')}] ${number(phase)} d`,
  );
}

/** An image fitted to its box as `preserveAspectRatio` says, cropped to the box when it slices. */
function paintImage(doc: Doc, item: Extract<Drawable, { kind: 'image' }>, hooks: PaintHooks): void {
  const { x, y, width, height } = item.box;
  const link = hooks.image(item.href);
  if (item.aspect?.trim() === 'none') {
    doc.image(link, x, y, { width, height });
    return;
  }
  // PDFKit opens an image once per link and keeps it; its types do not declare `openImage`.
  const image = (doc as unknown as { openImage(src: string): { width: number; height: number } }).openImage(
    link,
  );
  if (slices(item.aspect)) doc.rect(x, y, width, height).clip();
  doc.translate(x, y);
  doc.transform(...aspectMatrix(item.aspect, width, height, image.width, image.height));
  doc.image(image as unknown as string, 0, 0);
}
