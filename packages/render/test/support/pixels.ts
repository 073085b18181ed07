import sharp from 'sharp';

export interface Pixels {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
}

export async function decode(png: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * How many pixels are not fully opaque, and the box they fall in; those inside `except` (a photo the
 * engine fills in under the drawing) are not counted.
 */
export function seeThrough(
  pixels: Pick<Pixels, 'width' | 'height'> & { readonly data: Uint8Array },
  except?: { x: number; y: number; width: number; height: number },
): { count: number; where: string } {
  const excepted = (x: number, y: number) =>
    except !== undefined &&
    x >= except.x &&
    x < except.x + except.width &&
    y >= except.y &&
    y < except.y + except.height;
  let count = 0;
  const box = { left: pixels.width, top: pixels.height, right: -1, bottom: -1 };
  for (let y = 0; y < pixels.height; y++) {
    for (let x = 0; x < pixels.width; x++) {
      if ((pixels.data[(y * pixels.width + x) * 4 + 3] ?? 0) === 255 || excepted(x, y)) continue;
      count++;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return { count, where: count ? `x ${box.left}–${box.right}, y ${box.top}–${box.bottom}` : 'none' };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance of an sRGB pixel. */
export function luminance(r: number, g: number, b: number): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Contrast of a text on its real background, measured on the rendered pixels of its box: the
 * background is the most frequent colour, the text the pixel that differs most from it (glyph
 * cores reach the full text colour; anti-aliased edges only lower the measure).
 */
export function textContrast(
  pixels: Pixels,
  box: { x: number; y: number; width: number; height: number },
): number {
  const counts = new Map<number, number>();
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(pixels.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(pixels.height, Math.ceil(box.y + box.height));
  const at = (x: number, y: number) => (y * pixels.width + x) * 4;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = at(x, y);
      const key =
        ((pixels.data[i] ?? 0) << 16) | ((pixels.data[i + 1] ?? 0) << 8) | (pixels.data[i + 2] ?? 0);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const background = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const lb = luminance(background >> 16, (background >> 8) & 255, background & 255);
  let best = 1;
  for (const [key, count] of counts) {
    if (count < 3) continue;
    best = Math.max(best, contrast(lb, luminance(key >> 16, (key >> 8) & 255, key & 255)));
  }
  return best;
}
