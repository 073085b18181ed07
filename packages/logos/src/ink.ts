import { rewriteSvgRoot } from '@blason/core';
import sharp from 'sharp';

/** Bounding box of what an SVG actually draws, in its own px units. */
export interface InkBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Sampling used to find the ink: 1 × gives the box to the pixel, rounded outwards (2 × costs twice as much). */
const SAMPLES = 1;

/**
 * Finds the drawn area of an SVG by rasterising it and letting libvips trim the transparent
 * edges: the lockup's text boxes are sized generously before layout, so the real extent is
 * only known once drawn.
 */
export async function inkBox(svg: string): Promise<InkBox | undefined> {
  const image = sharp(Buffer.from(svg), { density: 72 * SAMPLES });
  const { info } = await image
    .trim({ background: { r: 0, g: 0, b: 0, alpha: 0 }, threshold: 0 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const left = Math.abs(info.trimOffsetLeft ?? 0);
  const top = Math.abs(info.trimOffsetTop ?? 0);
  // libvips leaves a blank image untrimmed: tell it from one inked to its edges.
  if (left === 0 && top === 0 && (await isBlank(svg))) return undefined;
  const x = Math.floor(left / SAMPLES);
  const y = Math.floor(top / SAMPLES);
  return {
    x,
    y,
    width: Math.ceil((left + info.width) / SAMPLES) - x,
    height: Math.ceil((top + info.height) / SAMPLES) - y,
  };
}

async function isBlank(svg: string): Promise<boolean> {
  const stats = await sharp(Buffer.from(svg)).ensureAlpha().stats();
  return (stats.channels[3]?.max ?? 0) === 0;
}

/** Reframes an SVG on a new window of its own coordinates (text is paths, so this is a crop). */
export function reframeSvg(svg: string, box: InkBox): string {
  return rewriteSvgRoot(svg, {
    first: {
      width: String(box.width),
      height: String(box.height),
      viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`,
    },
  });
}
