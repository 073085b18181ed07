/** Pixels in memory: premultiplied RGBA for a canvas, RGB for an opaque photo. */
export interface PixelBuffer {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
}

/**
 * Porter–Duff "destination over" of an opaque RGB photo at (left, top) under a premultiplied
 * RGBA canvas, in place: each canvas pixel keeps what it covers and shows the photo through the
 * rest. Pixels outside the canvas are dropped. The result is premultiplied RGBA, opaque wherever
 * the photo lies.
 */
export function fillUnder(
  canvas: PixelBuffer,
  photo: PixelBuffer & { readonly channels?: number },
  at: { readonly left: number; readonly top: number },
): void {
  const channels = photo.channels ?? 3;
  if (channels !== 3) throw new Error(`fillUnder: the photo must be RGB, got ${channels} channels`);
  const left = Math.max(0, at.left);
  const top = Math.max(0, at.top);
  const right = Math.min(canvas.width, at.left + photo.width);
  const bottom = Math.min(canvas.height, at.top + photo.height);
  const dst = canvas.data;
  const src = photo.data;
  for (let y = top; y < bottom; y++) {
    let d = (y * canvas.width + left) * 4;
    let s = ((y - at.top) * photo.width + (left - at.left)) * 3;
    for (let x = left; x < right; x++, d += 4, s += 3) {
      const alpha = dst[d + 3] as number;
      if (alpha === 255) continue;
      // The photo's own area, which the drawing leaves clear: its pixels as they are (the exact
      // formula's share with nothing covered), without the arithmetic.
      if (alpha === 0) {
        dst[d] = (dst[d] as number) + (src[s] as number);
        dst[d + 1] = (dst[d + 1] as number) + (src[s + 1] as number);
        dst[d + 2] = (dst[d + 2] as number) + (src[s + 2] as number);
        dst[d + 3] = 255;
        continue;
      }
      const uncovered = 255 - alpha;
      dst[d] = (dst[d] as number) + roundedShare((src[s] as number) * uncovered);
      dst[d + 1] = (dst[d + 1] as number) + roundedShare((src[s + 1] as number) * uncovered);
      dst[d + 2] = (dst[d + 2] as number) + roundedShare((src[s + 2] as number) * uncovered);
      dst[d + 3] = 255;
    }
  }
}

/**
 * `Math.round(product / 255)` for a product of two bytes, in integer operations (exact over
 * 0…255², checked in the tests against the division).
 */
function roundedShare(product: number): number {
  const biased = product + 128;
  return (biased + (biased >> 8)) >> 8;
}
