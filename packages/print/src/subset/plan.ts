import {
  aspectMatrix,
  IDENTITY,
  isAspectRatio,
  type Matrix,
  multiply,
  parseLength,
  parseTransform,
  parseViewBox,
} from './geometry.js';
import { DEFAULT_FILL, parseOpacity, parsePaint, type SvgColour, type SvgPaint } from './paint-values.js';
import { lineOps, type PathOps, parsePathData } from './path-data.js';
import { elementsById, type SvgNode } from './tree.js';

export type FillRule = 'nonzero' | 'evenodd';

export type Geometry =
  | { readonly kind: 'path'; readonly ops: PathOps }
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      /** Corner radii, already clamped to half the side (SVG 1.1, 9.2). */
      readonly rx: number;
      readonly ry: number;
    }
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number };

/** A clipping region in the user space of the element it clips. */
export interface Clip {
  readonly geometry: Geometry;
  readonly rule: FillRule;
}

export interface Fill {
  readonly colour: SvgColour;
  readonly opacity: number;
  readonly rule: FillRule;
}

export interface Stroke {
  readonly colour: SvgColour;
  readonly opacity: number;
  readonly width: number;
  readonly cap: 'butt' | 'round' | 'square';
  readonly join: 'miter' | 'round' | 'bevel';
  readonly miterLimit: number;
  /** Dashes and gaps, even in number; empty for a solid line. */
  readonly dashes: readonly number[];
  readonly dashOffset: number;
}

interface Placed {
  /** Applied before the clips and the content. */
  readonly transform?: Matrix;
  /** Intersected, in this order. */
  readonly clips: readonly Clip[];
}

/** What the subset painter draws, in document order. */
export type Drawable =
  | (Placed & { readonly kind: 'group'; readonly children: readonly Drawable[] })
  | (Placed & {
      readonly kind: 'shape';
      readonly geometry: Geometry;
      readonly fill?: Fill;
      readonly stroke?: Stroke;
    })
  | (Placed & {
      readonly kind: 'image';
      readonly href: string;
      readonly box: {
        readonly x: number;
        readonly y: number;
        readonly width: number;
        readonly height: number;
      };
      readonly aspect: string | undefined;
    });

/**
 * Reads an SVG tree into what the subset painter draws, or gives the first thing it does not
 * understand. The subset is what satori writes: nested `svg`, `g`, `path`, `rect`, `circle` and
 * `image`, solid colours, transforms, `clipPath`s of one shape and `mask`s of one opaque white
 * rectangle (satori's overflow masks, drawn as the clip they amount to).
 */
export function planSvg(
  root: SvgNode,
  widthPt: number,
  heightPt: number,
): { drawable: Drawable } | { unsupported: string } {
  try {
    return { drawable: new Planner(root).root(widthPt, heightPt) };
  } catch (error) {
    if (error instanceof Unsupported) return { unsupported: error.message };
    throw error;
  }
}

class Unsupported extends Error {}

/** Attributes with no effect on the drawing. */
const INERT = [
  'id',
  'xmlns',
  'xmlns:xlink',
  'version',
  'role',
  'focusable',
  'aria-hidden',
  'aria-label',
  'aria-labelledby',
  // A rendering hint a PDF has no way to carry; viewers anti-alias as they do for any path.
  'shape-rendering',
];
/** Inherited painting properties. */
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
];
const PLACEMENT = ['transform', 'clip-path', 'mask'];
const BOX = ['x', 'y', 'width', 'height'];
const ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = {
  svg: new Set([...INERT, ...PRESENTATION, ...BOX, 'viewBox', 'preserveAspectRatio']),
  g: new Set([...INERT, ...PRESENTATION, ...PLACEMENT]),
  // Satori writes its box (x, y, width, height) on the paths of borders and rounded clips; they
  // do not apply to a path.
  path: new Set([...INERT, ...PRESENTATION, ...PLACEMENT, 'd', ...BOX]),
  rect: new Set([...INERT, ...PRESENTATION, ...PLACEMENT, ...BOX, 'rx', 'ry']),
  circle: new Set([...INERT, ...PRESENTATION, ...PLACEMENT, 'cx', 'cy', 'r']),
  // Satori draws text decorations as lines.
  line: new Set([...INERT, ...PRESENTATION, ...PLACEMENT, 'x1', 'y1', 'x2', 'y2']),
  image: new Set([...INERT, 'opacity', ...PLACEMENT, ...BOX, 'href', 'xlink:href', 'preserveAspectRatio']),
};
/** Elements never drawn where they stand: they matter only when referenced. */
const NOT_DRAWN = new Set([
  'defs',
  'title',
  'desc',
  'metadata',
  'clipPath',
  'mask',
  'linearGradient',
  'radialGradient',
  'pattern',
  'filter',
  'marker',
  'symbol',
]);

/** Painting properties as inherited down the tree. */
interface Style {
  readonly fill: SvgPaint;
  readonly fillOpacity: number;
  readonly fillRule: FillRule;
  readonly stroke: SvgPaint;
  readonly strokeWidth: number;
  readonly strokeOpacity: number;
  readonly cap: Stroke['cap'];
  readonly join: Stroke['join'];
  readonly miterLimit: number;
  readonly dashes: readonly number[];
  readonly dashOffset: number;
  readonly clipRule: FillRule;
}

const INITIAL_STYLE: Style = {
  fill: DEFAULT_FILL,
  fillOpacity: 1,
  fillRule: 'nonzero',
  stroke: 'none',
  strokeWidth: 1,
  strokeOpacity: 1,
  cap: 'butt',
  join: 'miter',
  miterLimit: 4,
  dashes: [],
  dashOffset: 0,
  clipRule: 'nonzero',
};

/** An empty clip: a clipPath or mask whose one shape has no area lets nothing through. */
const NOTHING: Geometry = { kind: 'rect', x: 0, y: 0, width: 0, height: 0, rx: 0, ry: 0 };

class Planner {
  readonly #byId: ReadonlyMap<string, SvgNode>;
  readonly #root: SvgNode;

  constructor(root: SvgNode) {
    this.#root = root;
    this.#byId = elementsById(root);
  }

  /** The outermost `svg`, scaled from its viewBox to the page area. */
  root(widthPt: number, heightPt: number): Drawable {
    const node = this.#root;
    if (node.name !== 'svg') throw new Unsupported(`a <${node.name}> root`);
    this.#checkAttributes(node);
    const style = this.#style(node, INITIAL_STYLE);
    const transform = this.#viewBoxFitted(node, widthPt, heightPt);
    return { kind: 'group', transform, clips: [], children: this.#children(node, style) };
  }

  #children(node: SvgNode, style: Style): Drawable[] {
    const drawn: Drawable[] = [];
    for (const child of node.children) {
      if (NOT_DRAWN.has(child.name)) continue;
      const item = this.#element(child, style);
      if (item) drawn.push(item);
    }
    return drawn;
  }

  #element(node: SvgNode, inherited: Style): Drawable | undefined {
    this.#checkAttributes(node);
    const style = this.#style(node, inherited);
    if (node.name === 'svg') return this.#nestedSvg(node, style);
    const placed = this.#placement(node);
    switch (node.name) {
      case 'g':
        return { kind: 'group', ...placed, children: this.#children(node, style) };
      case 'image':
        return this.#image(node, placed);
      default: {
        const geometry = this.#geometry(node);
        // A line has no inside to fill.
        const painted = paintOf(node.name === 'line' ? { ...style, fill: 'none' } : style);
        return geometry ? { kind: 'shape', ...placed, geometry, ...painted } : undefined;
      }
    }
  }

  /** A nested `svg`: clipped to its viewport, its viewBox fitted in it. */
  #nestedSvg(node: SvgNode, style: Style): Drawable {
    const { x, y, width, height } = this.#box(node);
    const transform = multiply([1, 0, 0, 1, x, y], this.#viewBoxFitted(node, width, height));
    const viewport: Clip = { geometry: { kind: 'rect', x, y, width, height, rx: 0, ry: 0 }, rule: 'nonzero' };
    return {
      kind: 'group',
      clips: [viewport],
      children: [{ kind: 'group', transform, clips: [], children: this.#children(node, style) }],
    };
  }

  /** Maps an `svg`'s viewBox into a viewport of `width` × `height` at the origin. */
  #viewBoxFitted(node: SvgNode, width: number, height: number): Matrix {
    const viewBox = node.attributes.viewBox;
    if (viewBox === undefined) return IDENTITY;
    const box = parseViewBox(viewBox);
    if (!box) throw new Unsupported(`viewBox="${viewBox}"`);
    const [x, y, boxWidth, boxHeight] = box;
    return multiply(aspectMatrix(this.#aspect(node), width, height, boxWidth, boxHeight), [
      1,
      0,
      0,
      1,
      -x,
      -y,
    ]);
  }

  #image(node: SvgNode, placed: Placed): Drawable | undefined {
    const box = this.#box(node);
    const href = node.attributes.href ?? node.attributes['xlink:href'];
    if (href === undefined) throw new Unsupported('an <image> without href');
    if (box.width <= 0 || box.height <= 0) return undefined;
    return { kind: 'image', ...placed, href, box, aspect: this.#aspect(node) };
  }

  #geometry(node: SvgNode): Geometry | undefined {
    switch (node.name) {
      case 'path': {
        const d = node.attributes.d ?? '';
        if (d.trim() === '') return undefined;
        const ops = parsePathData(d);
        if (!ops) throw new Unsupported(`path data "${d.slice(0, 40)}"`);
        return { kind: 'path', ops };
      }
      case 'rect': {
        const box = this.#box(node);
        if (box.width <= 0 || box.height <= 0) return undefined;
        const [rx, ry] = this.#radii(node);
        return {
          kind: 'rect',
          ...box,
          rx: Math.min(rx ?? ry ?? 0, box.width / 2),
          ry: Math.min(ry ?? rx ?? 0, box.height / 2),
        };
      }
      case 'circle': {
        const [cx, cy, r] = ['cx', 'cy', 'r'].map((name) => this.#length(node, name, 0)) as [
          number,
          number,
          number,
        ];
        return r > 0 ? { kind: 'circle', cx, cy, r } : undefined;
      }
      case 'line': {
        const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((name) => this.#length(node, name, 0)) as [
          number,
          number,
          number,
          number,
        ];
        return { kind: 'path', ops: lineOps(x1, y1, x2, y2) };
      }
      default:
        throw new Unsupported(`the <${node.name}> element`);
    }
  }

  #placement(node: SvgNode): Placed {
    const { transform: written, 'clip-path': clipPath, mask } = node.attributes;
    const transform = written === undefined ? undefined : parseTransform(written);
    if (written !== undefined && !transform) throw new Unsupported(`transform="${written}"`);
    const clips = [
      ...(clipPath === undefined || clipPath === 'none' ? [] : [this.#clipPath(clipPath)]),
      ...(mask === undefined || mask === 'none' ? [] : [this.#mask(mask)]),
    ];
    return transform ? { transform, clips } : { clips };
  }

  /** A `clipPath` of one shape in user space. */
  #clipPath(reference: string): Clip {
    const node = this.#referenced(reference, 'clipPath');
    const units = node.attributes.clipPathUnits;
    const extra = Object.keys(node.attributes).find(
      (name) => !INERT.includes(name) && name !== 'clipPathUnits',
    );
    if ((units !== undefined && units !== 'userSpaceOnUse') || extra) {
      throw new Unsupported(`a clipPath with ${extra ?? `clipPathUnits="${units}"`}`);
    }
    const shape = onlyChild(node);
    const allowed = ATTRIBUTES[shape.name];
    // `clip-rule` is read on the shape itself only: one inherited from the clipPath's ancestors
    // (which this painter does not follow) would otherwise be missed.
    const stray = Object.keys(shape.attributes).find(
      (name) =>
        (!allowed?.has(name) && name !== 'clip-rule') || PLACEMENT.includes(name) || name === 'opacity',
    );
    if (stray) throw new Unsupported(`a clipPath <${shape.name}> with ${stray}`);
    const geometry = this.#geometry(shape) ?? NOTHING;
    const rule = this.#style(shape, INITIAL_STYLE).clipRule;
    return { geometry, rule };
  }

  /** A `mask` of one opaque white rectangle lets through what the rectangle covers: a clip. */
  #mask(reference: string): Clip {
    const node = this.#referenced(reference, 'mask');
    const extra = Object.keys(node.attributes).find((name) => !INERT.includes(name));
    const rect = onlyChild(node);
    const white = parsePaint(rect.attributes.fill ?? '');
    const opaqueWhite =
      white !== undefined && white !== 'none' && white.alpha === 1 && white.rgb.every((c) => c === 255);
    const stray = Object.keys(rect.attributes).find((name) => !BOX.includes(name) && name !== 'fill');
    if (extra || rect.name !== 'rect' || !opaqueWhite || stray) {
      throw new Unsupported('a mask other than one opaque white rectangle');
    }
    const geometry = this.#geometry(rect) ?? NOTHING;
    return { geometry, rule: 'nonzero' };
  }

  #referenced(reference: string, name: string): SvgNode {
    const id = /^url\(\s*['"]?#([^'")]+)['"]?\s*\)$/.exec(reference.trim())?.[1];
    const node = id === undefined ? undefined : this.#byId.get(id);
    if (node?.name !== name) throw new Unsupported(`a reference ${reference} that is not a <${name}>`);
    return node;
  }

  #checkAttributes(node: SvgNode): void {
    const allowed = ATTRIBUTES[node.name];
    if (!allowed) throw new Unsupported(`the <${node.name}> element`);
    const stray = Object.keys(node.attributes).find((name) => !allowed.has(name));
    if (stray) throw new Unsupported(`the ${stray} attribute on <${node.name}>`);
    const { opacity } = node.attributes;
    if (opacity !== undefined && parseOpacity(opacity) !== 1) {
      throw new Unsupported(`opacity="${opacity}" on <${node.name}>`);
    }
  }

  /** x and y (0 when absent), width and height (which this painter needs written). */
  #box(node: SvgNode): { x: number; y: number; width: number; height: number } {
    return {
      x: this.#length(node, 'x', 0),
      y: this.#length(node, 'y', 0),
      width: this.#length(node, 'width', undefined),
      height: this.#length(node, 'height', undefined),
    };
  }

  /** A rectangle's `rx` and `ry` as written (one alone stands for both), negative ones ignored. */
  #radii(node: SvgNode): [number | undefined, number | undefined] {
    const radius = (name: string) => {
      if (node.attributes[name] === undefined) return undefined;
      const value = this.#length(node, name, undefined);
      return value >= 0 ? value : undefined;
    };
    return [radius('rx'), radius('ry')];
  }

  #length(node: SvgNode, name: string, fallback: number | undefined): number {
    const written = node.attributes[name];
    const value = written === undefined ? fallback : parseLength(written);
    if (value === undefined) throw new Unsupported(`${name}="${written ?? ''}" on <${node.name}>`);
    return value;
  }

  #aspect(node: SvgNode): string | undefined {
    const aspect = node.attributes.preserveAspectRatio;
    if (!isAspectRatio(aspect)) throw new Unsupported(`preserveAspectRatio="${aspect}"`);
    return aspect;
  }

  #style(node: SvgNode, inherited: Style): Style {
    const a = node.attributes;
    const read = <T>(name: string, parse: (value: string) => T | undefined, fallback: T): T => {
      const written = a[name];
      if (written === undefined || written === 'inherit') return fallback;
      const value = parse(written);
      if (value === undefined) throw new Unsupported(`${name}="${written}"`);
      return value;
    };
    const oneOf =
      <T extends string>(...values: T[]) =>
      (value: string) =>
        values.find((candidate) => candidate === value.trim());
    const positive = (value: string) => {
      const length = parseLength(value);
      return length !== undefined && length >= 0 ? length : undefined;
    };
    return {
      fill: read('fill', parsePaint, inherited.fill),
      fillOpacity: read('fill-opacity', parseOpacity, inherited.fillOpacity),
      fillRule: read('fill-rule', oneOf('nonzero', 'evenodd'), inherited.fillRule),
      stroke: read('stroke', parsePaint, inherited.stroke),
      strokeWidth: read('stroke-width', positive, inherited.strokeWidth),
      strokeOpacity: read('stroke-opacity', parseOpacity, inherited.strokeOpacity),
      cap: read('stroke-linecap', oneOf('butt', 'round', 'square'), inherited.cap),
      join: read('stroke-linejoin', oneOf('miter', 'round', 'bevel'), inherited.join),
      miterLimit: read(
        'stroke-miterlimit',
        (value) => {
          const limit = parseLength(value);
          return limit !== undefined && limit >= 1 ? limit : undefined;
        },
        inherited.miterLimit,
      ),
      dashes: read('stroke-dasharray', parseDashes, inherited.dashes),
      dashOffset: read('stroke-dashoffset', parseLength, inherited.dashOffset),
      clipRule: read('clip-rule', oneOf('nonzero', 'evenodd'), inherited.clipRule),
    };
  }
}

/**
 * A `stroke-dasharray`: `none`, or lengths of which an odd count is repeated (SVG 1.1, 11.4);
 * all zero draws a solid line. A zero among others is a dot under a round cap (satori's dotted
 * borders). Undefined for a negative length or a percentage.
 */
function parseDashes(value: string): readonly number[] | undefined {
  if (value.trim() === 'none') return [];
  const lengths = value
    .trim()
    .split(/\s*,\s*|\s+/)
    .map((part) => parseLength(part));
  if (lengths.some((length) => length === undefined || length < 0)) return undefined;
  const dashes = lengths as number[];
  if (dashes.every((length) => length === 0)) return [];
  return dashes.length % 2 === 1 ? [...dashes, ...dashes] : dashes;
}

function onlyChild(node: SvgNode): SvgNode {
  const [child, ...others] = node.children.filter((c) => c.name !== 'title' && c.name !== 'desc');
  if (!child || others.length > 0) throw new Unsupported(`a <${node.name}> of other than one shape`);
  return child;
}

/** The fill and stroke a shape is painted with, leaving out what would not show. */
function paintOf(style: Style): { fill?: Fill; stroke?: Stroke } {
  const fill =
    style.fill !== 'none' && style.fill.alpha * style.fillOpacity > 0
      ? { colour: style.fill, opacity: style.fillOpacity, rule: style.fillRule }
      : undefined;
  const stroke =
    style.stroke !== 'none' && style.stroke.alpha * style.strokeOpacity > 0 && style.strokeWidth > 0
      ? {
          colour: style.stroke,
          opacity: style.strokeOpacity,
          width: style.strokeWidth,
          cap: style.cap,
          join: style.join,
          miterLimit: style.miterLimit,
          dashes: style.dashes,
          dashOffset: style.dashOffset,
        }
      : undefined;
  return { ...(fill ? { fill } : {}), ...(stroke ? { stroke } : {}) };
}
