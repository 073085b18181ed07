import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { EXTENSIONS, isOpaque, MEDIA_TYPES, OUTPUT_KINDS, opaqueBackdrop, rasterize } from './encode.js';

test('every screen output has its own media type and extension', () => {
  expect(MEDIA_TYPES).toEqual({
    png: 'image/png',
    jpeg: 'image/jpeg',
    webp: 'image/webp',
    avif: 'image/avif',
    svg: 'image/svg+xml',
  });
  expect(OUTPUT_KINDS.map((kind) => EXTENSIONS[kind])).toEqual(['png', 'jpg', 'webp', 'avif', 'svg']);
});

describe('opaqueBackdrop', () => {
  const masks = '<mask id="satori_om-id"><rect x="0" y="0" width="40" height="20" fill="#fff"/></mask>';
  const svg = (body: string) =>
    `<svg width="40" height="20" viewBox="0 0 40 20" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;

  test('an opaque rectangle over the whole canvas, first after the definitions, makes it opaque', () => {
    expect(
      opaqueBackdrop(
        svg(
          `${masks}<rect x="0" y="0" width="40" height="20" fill="#004c97"/><path d="M0 0h4v4z" fill="#fff" fill-opacity="0.5"/>`,
        ),
        40,
        20,
      ),
    ).toBe(true);
  });

  test.each([
    ['a partial rectangle', '<rect x="0" y="2" width="40" height="18" fill="#004c97"/>'],
    ['a smaller rectangle', '<rect x="0" y="0" width="39" height="20" fill="#004c97"/>'],
    ['a translucent fill', '<rect x="0" y="0" width="40" height="20" fill="#004c97" fill-opacity="0.5"/>'],
    ['a named or translucent colour', '<rect x="0" y="0" width="40" height="20" fill="rgba(0,0,0,0.5)"/>'],
    [
      'a path first',
      '<path d="M0 0h40v20H0z" fill="#000"/><rect x="0" y="0" width="40" height="20" fill="#fff"/>',
    ],
    ['a masked group first', '<g mask="url(#m)"><rect x="0" y="0" width="40" height="20" fill="#fff"/></g>'],
  ])('%s is scanned instead', (_, body) =>
    expect(opaqueBackdrop(svg(`${masks}${body}`), 40, 20)).toBe(false),
  );

  test('the shortcut gives the bytes the pixel scan gives', async () => {
    const drawn = svg(
      `${masks}<rect x="0" y="0" width="40" height="20" fill="#004c97"/><circle cx="20" cy="10" r="7" fill="#f5a300" fill-opacity="0.6"/>`,
    );
    const fast = (await rasterize({ svg: drawn, width: 40, height: 20 }, ['png'])).get('png') as Buffer;
    // An empty path first defeats the shortcut: the same picture goes through the pixel scan.
    const scanned = drawn.replace('</mask>', '</mask><path d="M0 0"/>');
    expect(opaqueBackdrop(scanned, 40, 20)).toBe(false);
    const slow = (await rasterize({ svg: scanned, width: 40, height: 20 }, ['png'])).get('png') as Buffer;
    expect(fast.equals(slow)).toBe(true);
  });
});

describe('encodings', () => {
  const flat = `<svg width="64" height="32" viewBox="0 0 64 32" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="64" height="32" fill="#004c97"/><path d="M8 8h30v4H8z" fill="#f5a300"/></svg>`;
  const chunk = (webp: Buffer) => webp.subarray(12, 16).toString('latin1');

  test('a flat visual is a lossless WebP: the same pixels as its PNG', async () => {
    const out = await rasterize({ svg: flat, width: 64, height: 32 }, ['webp', 'png']);
    const webp = out.get('webp') as Buffer;
    expect(chunk(webp)).toBe('VP8L');
    const pixels = (image: Buffer) => sharp(image).removeAlpha().raw().toBuffer();
    expect((await pixels(webp)).equals(await pixels(out.get('png') as Buffer))).toBe(true);
  });

  test('a visual with a photo is a lossy WebP', async () => {
    const hole = `<svg width="64" height="32" viewBox="0 0 64 32" xmlns="http://www.w3.org/2000/svg"><rect x="32" y="0" width="32" height="32" fill="#004c97"/></svg>`;
    const photo = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#7a9a60' } })
      .jpeg()
      .toBuffer();
    const out = await rasterize(
      { svg: hole, width: 64, height: 32, under: [{ input: photo, left: 0, top: 0 }] },
      ['webp'],
    );
    expect(chunk(out.get('webp') as Buffer)).toMatch(/^VP8[ X]$/);
  });
});

test('isOpaque finds a single translucent pixel anywhere, aligned or not', () => {
  const pixels = 1080 * 3 + 5; // not a multiple of the eight pixels read at once
  for (const offset of [0, 1]) {
    const backing = Buffer.alloc(pixels * 4 + offset, 0xff);
    const canvas = backing.subarray(offset);
    expect(isOpaque(canvas)).toBe(true);
    for (const pixel of [0, 7, 8, 1234, pixels - 1]) {
      canvas[pixel * 4 + 3] = 0xfe;
      expect(isOpaque(canvas)).toBe(false);
      canvas[pixel * 4 + 3] = 0xff;
      // Colour bytes never count.
      canvas[pixel * 4] = 0;
      expect(isOpaque(canvas)).toBe(true);
    }
  }
});
