import { markupAttributes, svgRootSize, svgRootTag } from '@blason/core/markup';
import { type Bounds, paintedBounds } from './svg-bounds.js';

const IMAGE =
  /<image\b([^>]*?)\bhref="data:image\/svg\+xml(;base64)?(?:;charset=[^,;"]*)?(?:;utf8)?,([^"]*)"([^>]*?)\/>/g;

/** An `<image>` embedding an SVG: the image's own attributes, and the embedded document's root and body. */
interface EmbeddedSvg {
  readonly outer: ReadonlyMap<string, string>;
  readonly root: ReadonlyMap<string, string>;
  readonly body: string;
}

/** Replaces every `<image>` that embeds an SVG by `replace`'s markup (the image itself if undefined). */
function replaceEmbeddedSvgs(svg: string, replace: (image: EmbeddedSvg) => string | undefined): string {
  return svg.replace(
    IMAGE,
    (whole, before: string, base64: string | undefined, data: string, after: string) => {
      const inner = decode(data, Boolean(base64));
      const open = svgRootTag(inner);
      if (!open) return whole;
      const body = inner.slice(open.index + open.text.length).replace(/<\/svg>\s*$/, '');
      return replace({ outer: markupAttributes(`${before} ${after}`), root: open.attributes, body }) ?? whole;
    },
  );
}

/** Attributes of the `<image>` that apply to what it draws as a whole. */
const WRAPPERS = ['clip-path', 'mask', 'opacity', 'transform'] as const;

/**
 * Replaces `<image>`s that embed an SVG (QR codes, pictograms) by the SVG itself, nested at the
 * same place: print keeps them as vectors (PDF encoders take only PNG/JPEG images) and any
 * renderer draws them without decoding a second document.
 */
export function inlineSvgImages(svg: string): string {
  return replaceEmbeddedSvgs(svg, ({ outer, root, body }) => {
    const own = new Map(root);
    for (const name of ['x', 'y', 'width', 'height', 'preserveAspectRatio']) {
      const value = outer.get(name);
      if (value !== undefined) own.set(name, value);
    }
    const box = viewBoxOf(root);
    if (!own.has('viewBox') && box) own.set('viewBox', box.join(' '));
    const attrs = [...own].map(([name, value]) => `${name}="${value}"`).join(' ');
    return wrapped(outer, WRAPPERS, `<svg ${attrs}>${body}</svg>`);
  });
}

/**
 * Attributes of an embedded SVG's root that its drawing inherits: they move to the group that
 * replaces it. A root with any other attribute (one this list does not know) keeps its image.
 */
const INHERITED = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'color',
]);
/** Root attributes that only place or describe the document: the image box takes their place. */
const PLACEMENT = new Set([
  'xmlns',
  'xmlns:xlink',
  'width',
  'height',
  'viewBox',
  'version',
  'role',
  'aria-hidden',
  'aria-label',
  'aria-labelledby',
  'focusable',
]);

/** The `<image>` attributes the group form redraws; any other (a `style`…) keeps the image. */
const IMAGE_ATTRIBUTES = new Set(['x', 'y', 'width', 'height', 'preserveAspectRatio', ...WRAPPERS]);

/**
 * For the rasteriser and print: each `<image>` that embeds an SVG (the brand device's panels and
 * ripples, pictograms, the quote mark) drawn in place as a group of its elements, scaled from its
 * viewBox to the image's box.
 *
 * resvg draws an embedded SVG into a canvas of its own, then composites it through satori's
 * overflow mask and clip, each a canvas-sized layer too: a device panel cost 5–8 ms per 1080²
 * visual, more than the rest of the visual. The mask only repeats the clip and is dropped; the clip
 * is kept unless the drawing's ink stays inside the box wherever the box lies inside the canvas
 * (`paintedBounds`). resvg went from 20 to 11 ms per visual on the templates' examples (`npm run
 * bench`), with pixels that differ only where the clip's coverage mask rounded an anti-aliased
 * edge, by one level. An image this cannot redraw exactly is kept: no clip as tight as its box, a
 * mask that is not satori's plain rectangle, an aspect ratio kept by `preserveAspectRatio`, inner
 * references (`url(#…)`, which the group would resolve in the outer document), an unknown
 * attribute on the image or the embedded root.
 */
export function svgImagesAsGroups(svg: string): string {
  const rects = definedRects(svg);
  const canvas = svgRootSize(svg);
  return replaceEmbeddedSvgs(svg, ({ outer, root, body }) => {
    const box = imageBox(outer);
    const view = viewBoxOf(root);
    if (!box || !view || /url\(#|href="#/.test(body)) return undefined;
    if (![...outer.keys()].every((name) => IMAGE_ATTRIBUTES.has(name))) return undefined;
    const [vx, vy, vw, vh] = view;
    const sx = box.width / vw;
    const sy = box.height / vh;
    if (outer.get('preserveAspectRatio') !== 'none' && Math.abs(sx - sy) > 1e-9) return undefined;
    const clip = rects.get(referenced(outer.get('clip-path')) ?? '');
    if (clip?.kind !== 'clipPath' || !within(clip, box)) return undefined;
    const mask = outer.has('mask') ? rects.get(referenced(outer.get('mask')) ?? '') : undefined;
    if (outer.has('mask') && !(mask?.kind === 'mask' && mask.white && within(clip, mask))) return undefined;
    const inherited: Record<string, string> = {};
    for (const [name, value] of root) {
      if (INHERITED.has(name)) inherited[name] = value;
      else if (!PLACEMENT.has(name)) return undefined;
    }
    const matrix = [sx, 0, 0, sy, box.x - vx * sx, box.y - vy * sy].map(round).join(' ');
    const paint = Object.entries(inherited).map(([name, value]) => ` ${name}="${value}"`);
    const group = `<g transform="matrix(${matrix})"${paint.join('')}>${body}</g>`;
    const ink = outer.has('transform') ? undefined : paintedBounds(body, inherited);
    const placed = ink && ([ink[0] * sx, ink[1] * sy, ink[2] * sx, ink[3] * sy] as const);
    const unclipped = placed && sameBox(clip, box) && insideOnCanvas(box, placed, [vx * sx, vy * sy], canvas);
    return wrapped(outer, unclipped ? ['opacity'] : ['clip-path', 'opacity', 'transform'], group);
  });
}

/**
 * Whether ink at `placed` (the drawing's bounds scaled to the page, before the shift by `origin`)
 * stays within `box` wherever that box lies inside the canvas: beyond the canvas edge nothing is
 * drawn anyway, so a device panel bled off the edge needs no clip there.
 */
function insideOnCanvas(
  box: Box,
  placed: Bounds,
  origin: readonly [number, number],
  canvas: { width: number; height: number } | undefined,
): boolean {
  if (!canvas) return false;
  const [left, top, right, bottom] = [
    box.x + placed[0] - origin[0],
    box.y + placed[1] - origin[1],
    box.x + placed[2] - origin[0],
    box.y + placed[3] - origin[1],
  ];
  return (
    (box.x <= 0 || left >= box.x) &&
    (box.y <= 0 || top >= box.y) &&
    (box.x + box.width >= canvas.width || right <= box.x + box.width) &&
    (box.y + box.height >= canvas.height || bottom <= box.y + box.height)
  );
}

function sameBox(a: Box, b: Box): boolean {
  return [a.x - b.x, a.y - b.y, a.width - b.width, a.height - b.height].every((d) => Math.abs(d) < 1e-6);
}

function wrapped(outer: ReadonlyMap<string, string>, names: readonly string[], markup: string): string {
  const present = names.filter((name) => outer.has(name));
  if (present.length === 0) return markup;
  return `<g ${present.map((name) => `${name}="${outer.get(name)}"`).join(' ')}>${markup}</g>`;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface DefinedRect extends Box {
  readonly kind: 'clipPath' | 'mask';
  /** A mask rectangle filled with opaque white: it lets through everything it covers. */
  readonly white: boolean;
}

/** Satori's clip paths and overflow masks that are a single rectangle, by id. */
function definedRects(svg: string): Map<string, DefinedRect> {
  const rects = new Map<string, DefinedRect>();
  const definition = /<(clipPath|mask) id="([^"]+)"><rect ([^>]*?)\/><\/\1>/g;
  for (const [, kind, id, rectAttributes] of svg.matchAll(definition)) {
    const attrs = markupAttributes(rectAttributes as string);
    const box = imageBox(attrs);
    if (!box) continue;
    const plain = [...attrs.keys()].every((name) => ['x', 'y', 'width', 'height', 'fill'].includes(name));
    const fill = attrs.get('fill')?.toLowerCase();
    rects.set(id as string, {
      ...box,
      kind: kind as DefinedRect['kind'],
      white: plain && (fill === '#fff' || fill === '#ffffff' || fill === 'white'),
    });
  }
  return rects;
}

/** The box an element's `x`, `y`, `width` and `height` state; undefined without a positive size. */
function imageBox(attrs: ReadonlyMap<string, string>): Box | undefined {
  const number = (name: string) => Number(attrs.get(name) ?? 0);
  const box = { x: number('x'), y: number('y'), width: number('width'), height: number('height') };
  if (!Object.values(box).every(Number.isFinite)) return undefined;
  return attrs.has('width') && attrs.has('height') && box.width > 0 && box.height > 0 ? box : undefined;
}

/** Whether `inner` lies inside `outer`. */
function within(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function referenced(value: string | undefined): string | undefined {
  return value ? /^url\(#([^)]+)\)$/.exec(value)?.[1] : undefined;
}

/** The root's viewBox, or `0 0 width height` when it only states a size. */
function viewBoxOf(root: ReadonlyMap<string, string>): [number, number, number, number] | undefined {
  const stated = root.get('viewBox');
  const values = stated
    ? stated
        .trim()
        .split(/[\s,]+/)
        .map(Number)
    : [0, 0, parseFloat(root.get('width') ?? ''), parseFloat(root.get('height') ?? '')];
  if (values.length !== 4 || !values.every(Number.isFinite)) return undefined;
  const [x, y, width, height] = values as [number, number, number, number];
  return width > 0 && height > 0 ? [x, y, width, height] : undefined;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function decode(data: string, base64: boolean): string {
  if (!base64) return decodeURIComponent(data);
  const binary = atob(data);
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
