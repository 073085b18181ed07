import { describe, expect, test } from 'vitest';
import { EXTENSIONS, MEDIA_TYPES, OUTPUT_KINDS, opaqueBackdrop, rasterize } from './encode.js';

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
