import { expect, test } from 'vitest';
import { EXTENSIONS, MEDIA_TYPES, OUTPUT_KINDS } from './encode.js';

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
