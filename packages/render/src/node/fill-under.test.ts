import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { rasterize } from './encode.js';
import { fillUnder } from './fill-under.js';

/** A 3 × 1 canvas, premultiplied: transparent, half-covered red, opaque blue. */
function canvas(): Buffer {
  return Buffer.from([0, 0, 0, 0, 128, 0, 0, 128, 0, 0, 255, 255]);
}

describe('fillUnder', () => {
  test('shows the photo through what the canvas leaves uncovered, and keeps what it covers', () => {
    const data = canvas();
    const photo = Buffer.from([10, 20, 30, 200, 100, 50, 1, 2, 3]);
    fillUnder({ data, width: 3, height: 1 }, { data: photo, width: 3, height: 1 }, { left: 0, top: 0 });
    // 127 of 255 uncovered: 200 × 127/255 = 99.6 → 100, 100 × 127/255 = 49.8 → 50, 50 × 127/255 = 24.9 → 25.
    expect([...data]).toEqual([10, 20, 30, 255, 228, 50, 25, 255, 0, 0, 255, 255]);
  });

  test('gives every coverage and photo value the rounded share of the exact formula', () => {
    // One pixel per (coverage, photo value): premultiplied, so a channel never exceeds its alpha.
    const width = 256;
    const data = Buffer.alloc(width * width * 4);
    const photo = Buffer.alloc(width * width * 3);
    for (let alpha = 0; alpha < width; alpha++)
      for (let value = 0; value < width; value++) {
        const i = alpha * width + value;
        data.set([alpha >> 1, alpha, alpha >> 2, alpha], i * 4);
        photo.set([value, 255 - value, value >> 1], i * 3);
      }
    const expected = Buffer.from(data);
    for (let i = 0; i < width * width; i++) {
      const uncovered = 255 - (expected[i * 4 + 3] as number);
      for (let c = 0; c < 3; c++)
        expected[i * 4 + c] =
          (expected[i * 4 + c] as number) + Math.round(((photo[i * 3 + c] as number) * uncovered) / 255);
      expected[i * 4 + 3] = 255;
    }
    fillUnder({ data, width, height: width }, { data: photo, width, height: width }, { left: 0, top: 0 });
    expect(data.equals(expected)).toBe(true);
  });

  test('drops the part of the photo outside the canvas', () => {
    const data = canvas();
    const photo = Buffer.from([1, 1, 1, 2, 2, 2, 9, 9, 9, 9, 9, 9]);
    fillUnder({ data, width: 3, height: 1 }, { data: photo, width: 2, height: 2 }, { left: -1, top: 0 });
    expect([...data.subarray(0, 4)]).toEqual([2, 2, 2, 255]);
    expect([...data.subarray(4)]).toEqual([...canvas().subarray(4)]);
  });

  test('refuses a photo with an alpha channel', () => {
    const photo = { data: Buffer.alloc(4), width: 1, height: 1, channels: 4 };
    expect(() => fillUnder({ data: canvas(), width: 3, height: 1 }, photo, { left: 0, top: 0 })).toThrow(
      /RGB/,
    );
  });
});

describe('rasterize with layers', () => {
  const svg =
    '<svg width="4" height="2" viewBox="0 0 4 2" xmlns="http://www.w3.org/2000/svg"><rect x="2" y="0" width="2" height="2" fill="#0000ff"/></svg>';
  const pixel = async (png: Buffer, x: number, y: number) => {
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const at = (y * info.width + x) * info.channels;
    return [...data.subarray(at, at + info.channels)];
  };

  test('draws photos under the SVG, a later photo over an earlier one', async () => {
    const photo = (hex: string, width: number) =>
      sharp({ create: { width, height: 2, channels: 3, background: hex } })
        .png()
        .toBuffer();
    const under = [
      { input: await photo('#ff0000', 4), left: 0, top: 0 },
      { input: await photo('#00ff00', 1), left: 1, top: 0 },
    ];
    const png = (await rasterize({ svg, width: 4, height: 2, under }, ['png'])).get('png') as Buffer;
    expect(await pixel(png, 0, 0)).toEqual([255, 0, 0, 255]);
    expect(await pixel(png, 1, 1)).toEqual([0, 255, 0, 255]);
    expect(await pixel(png, 3, 0)).toEqual([0, 0, 255, 255]);
  });

  test('takes a greyscale photo as well as a colour one', async () => {
    const grey = await sharp({ create: { width: 4, height: 2, channels: 3, background: '#808080' } })
      .toColourspace('b-w')
      .jpeg()
      .toBuffer();
    expect((await sharp(grey).metadata()).channels).toBe(1);
    const png = (
      await rasterize({ svg, width: 4, height: 2, under: [{ input: grey, left: 0, top: 0 }] }, ['png'])
    ).get('png') as Buffer;
    const [r, g, b, a] = await pixel(png, 0, 0);
    expect(a).toBe(255);
    expect(Math.abs((r ?? 0) - 128)).toBeLessThanOrEqual(2);
    expect([g, b]).toEqual([r, r]);
  });

  test('leaves the canvas transparent without a background, and fills it with one', async () => {
    const bare = (await rasterize({ svg, width: 4, height: 2 }, ['png'])).get('png') as Buffer;
    expect((await pixel(bare, 0, 0))[3]).toBe(0);
    const white = (await rasterize({ svg, width: 4, height: 2, background: '#ffffff' }, ['png'])).get(
      'png',
    ) as Buffer;
    expect((await pixel(white, 0, 0)).slice(0, 3)).toEqual([255, 255, 255]);
  });

  test('encodes one drawing in every requested format, the same pixels in each', async () => {
    const out = await rasterize({ svg, width: 4, height: 2 }, ['webp', 'png']);
    expect([...out.keys()]).toEqual(['webp', 'png']);
    expect(await pixel(out.get('png') as Buffer, 3, 1)).toEqual([0, 0, 255, 255]);
    expect((await sharp(out.get('webp') as Buffer).metadata()).format).toBe('webp');
  });
});
