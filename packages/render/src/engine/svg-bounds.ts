import { markupAttributes } from '@blason/core/markup';
import { svgPathBbox } from 'svg-path-bbox';

/** An axis-aligned box: left, top, right, bottom. */
export type Bounds = readonly [number, number, number, number];

/** Elements drawn by shape alone; anything else in a drawing makes its bounds unknown. */
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);
/** Elements that draw nothing. */
const INERT = new Set(['title', 'desc']);
/** Attributes a `<g>` may carry for its bounds to stay known: they change no geometry. */
const STYLE =
  /^(?:fill|fill-opacity|fill-rule|stroke|stroke-width|stroke-linecap|stroke-linejoin|stroke-miterlimit|stroke-opacity|stroke-dasharray|stroke-dashoffset|color|opacity|id)$/;
/** Attributes that place a shape: with `STYLE`, all a shape may carry for its bounds to stay known. */
const GEOMETRY = /^(?:d|x|y|width|height|rx|ry|cx|cy|r|x1|y1|x2|y2|points|pathLength)$/;
const TAG = /<(\/?)([a-zA-Z]+)\b([^>]*?)(\/?)>/g;

type Paint = Readonly<Record<string, string>>;

/**
 * Bounds of everything a drawing's markup paints, strokes included with what their joins and caps
 * may add, in its own coordinates; undefined when it holds anything these bounds do not cover (a
 * transform, text, an image, a filter, markers) or paints nothing. Conservative: the real ink lies inside.
 * `inherited` are the presentation attributes of its root.
 */
export function paintedBounds(markup: string, inherited: Paint = {}): Bounds | undefined {
  const paints: Paint[] = [inherited];
  let bounds: Bounds | undefined;
  for (const [, closing, name = '', attributeText = '', selfClosing] of markup.matchAll(TAG)) {
    if (INERT.has(name)) continue;
    if (closing) {
      if (name === 'g') paints.pop();
      continue;
    }
    const attrs = Object.fromEntries(markupAttributes(attributeText));
    const paint = { ...paints[paints.length - 1], ...attrs };
    if (name === 'g') {
      if (Object.keys(attrs).some((attr) => !STYLE.test(attr))) return undefined;
      if (!selfClosing) paints.push(paint);
      continue;
    }
    // A transform, a filter, markers, a non-scaling stroke or a style attribute would move ink
    // beyond what the geometry says.
    const known = Object.keys(attrs).every((attr) => GEOMETRY.test(attr) || STYLE.test(attr));
    if (!SHAPES.has(name) || !known) return undefined;
    const shape = shapeBounds(name, attrs);
    if (!shape) return undefined;
    bounds = union(bounds, grow(shape, strokeReach(paint)));
  }
  return bounds;
}

function shapeBounds(name: string, a: Record<string, string>): Bounds | undefined {
  const n = (attr: string) => Number(a[attr] ?? 0);
  switch (name) {
    case 'path':
      return a.d ? finite(svgPathBbox(a.d)) : undefined;
    case 'rect':
      return finite([n('x'), n('y'), n('x') + n('width'), n('y') + n('height')]);
    case 'circle':
      return finite([n('cx') - n('r'), n('cy') - n('r'), n('cx') + n('r'), n('cy') + n('r')]);
    case 'ellipse':
      return finite([n('cx') - n('rx'), n('cy') - n('ry'), n('cx') + n('rx'), n('cy') + n('ry')]);
    case 'line':
      return finite([
        Math.min(n('x1'), n('x2')),
        Math.min(n('y1'), n('y2')),
        Math.max(n('x1'), n('x2')),
        Math.max(n('y1'), n('y2')),
      ]);
    default: {
      const points = (a.points ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      const xs = points.filter((_, i) => i % 2 === 0);
      const ys = points.filter((_, i) => i % 2 === 1);
      if (xs.length === 0 || xs.length !== ys.length) return undefined;
      return finite([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
    }
  }
}

/**
 * How far a stroke may reach beyond its path: half its width, times the miter limit where joins
 * are mitred (SVG's default), or √2 for square caps and round or bevelled joins.
 */
function strokeReach(paint: Paint): number {
  if (!paint.stroke || paint.stroke === 'none') return 0;
  const half = Number(paint['stroke-width'] ?? 1) / 2;
  const join = paint['stroke-linejoin'] ?? 'miter';
  const factor = join.startsWith('miter')
    ? Math.max(Math.SQRT2, Number(paint['stroke-miterlimit'] ?? 4))
    : Math.SQRT2;
  const reach = half * factor;
  return Number.isFinite(reach) && reach >= 0 ? reach : Number.POSITIVE_INFINITY;
}

function grow([left, top, right, bottom]: Bounds, by: number): Bounds {
  return [left - by, top - by, right + by, bottom + by];
}

function union(a: Bounds | undefined, b: Bounds): Bounds {
  if (!a) return b;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

function finite(bounds: readonly number[]): Bounds | undefined {
  return bounds.length === 4 && bounds.every(Number.isFinite) ? (bounds as unknown as Bounds) : undefined;
}
