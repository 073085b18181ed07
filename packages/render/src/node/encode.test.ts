import { expect, test } from 'vitest';
import { EXTENSIONS, isOpaque, MEDIA_TYPES, OUTPUT_KINDS } from './encode.js';

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
