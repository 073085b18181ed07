import { svgRootTag } from '@blason/core';

/** Where and how a logo SVG is drawn inside a bigger SVG. */
export interface Placement {
  readonly svg: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** `none` stretches the logo to the box (only to show a forbidden use). */
  readonly preserveAspectRatio?: 'xMidYMid meet' | 'none';
  readonly opacity?: number;
}

/**
 * Turns a standalone SVG into a nested `<svg>` at a position, with its ids prefixed so that
 * several copies of the same logo can live in one document.
 */
export function nestSvg(placement: Placement, prefix: string): string {
  const { svg } = placement;
  const root = svgRootTag(svg);
  const viewBox = root?.attributes.get('viewBox');
  const body = svg
    .slice(root ? root.index + root.text.length : 0, svg.lastIndexOf('</svg>'))
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/\sid="([^"]+)"/g, ` id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`);
  const attributes = [
    `x="${round(placement.x)}"`,
    `y="${round(placement.y)}"`,
    `width="${round(placement.width)}"`,
    `height="${round(placement.height)}"`,
    viewBox ? `viewBox="${viewBox}"` : '',
    `preserveAspectRatio="${placement.preserveAspectRatio ?? 'xMidYMid meet'}"`,
    `overflow="hidden"`,
  ].filter(Boolean);
  const nested = `<svg ${attributes.join(' ')}>${body}</svg>`;
  return placement.opacity === undefined ? nested : `<g opacity="${placement.opacity}">${nested}</g>`;
}

/** Adds nested logos at the end of a document SVG (drawn above everything else). */
export function injectSvgs(document: string, placements: readonly Placement[]): string {
  const nested = placements.map((placement, index) => nestSvg(placement, `logo${index}_`)).join('');
  const end = document.lastIndexOf('</svg>');
  return `${document.slice(0, end)}${nested}${document.slice(end)}`;
}

/** Every `fill` and `stroke` colour of a logo replaced by one colour (a forbidden recolouring). */
export function recolourSvg(svg: string, colour: string): string {
  return svg.replace(/\s(fill|stroke)="#[0-9a-fA-F]{3,8}"/g, ` $1="${colour}"`);
}

/** The box of size `width × height` fitted inside `box`, centred. */
export function fitIn(
  width: number,
  height: number,
  box: { x: number; y: number; width: number; height: number },
): { x: number; y: number; width: number; height: number } {
  const scale = Math.min(box.width / width, box.height / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.width - w) / 2, y: box.y + (box.height - h) / 2, width: w, height: h };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
