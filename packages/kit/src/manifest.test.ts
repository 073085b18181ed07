import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@blason/core';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { describeFile, mediaTypeOf, svgPixelSize, writtenFile } from './manifest.js';

test('describes an image with its pixel size and digest', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'blason-manifest-'));
  const png = await sharp({ create: { width: 12, height: 7, channels: 3, background: '#0a5c5c' } })
    .png()
    .toBuffer();
  await writeFile(join(dir, 'visuel.png'), png);
  const file = await describeFile(dir, 'visuel.png', 'visual', { alt: 'Un carré vert' });
  expect(file).toMatchObject({
    path: 'visuel.png',
    section: 'visual',
    mediaType: 'image/png',
    bytes: png.byteLength,
    width: 12,
    height: 7,
    alt: 'Un carré vert',
  });
  expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
});

test('knows the media types of kit files', () => {
  expect(mediaTypeOf('print/affiche-a3.pdf')).toBe('application/pdf');
  expect(mediaTypeOf('fonts/AtkinsonHyperlegibleNext_400Regular.ttf')).toBe('font/ttf');
  expect(mediaTypeOf('unknown.bin')).toBe('application/octet-stream');
});

test('an SVG’s pixel size is read from its root, or by libvips when the root states no whole pixels', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'blason-manifest-'));
  const svg = (attributes: string) =>
    `<svg ${attributes} xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>`;
  const size = (attributes: string) => svgPixelSize(Buffer.from(svg(attributes)));
  expect(size('width="1080" height="1350"')).toEqual({ width: 1080, height: 1350 });
  expect(size('width="1080" height="1350.4"')).toBeUndefined();
  expect(size('width="100%" height="100%" viewBox="0 0 40 20"')).toBeUndefined();
  await writeFile(join(dir, 'a.svg'), svg('width="64px" height="32px"'));
  await writeFile(join(dir, 'b.svg'), svg('viewBox="0 0 40 20"'));
  expect(await describeFile(dir, 'a.svg', 'logo')).toMatchObject({ width: 64, height: 32 });
  expect(await describeFile(dir, 'b.svg', 'logo')).toMatchObject({ width: 40, height: 20 });
});

test('a file described from what its producer recorded is the entry a read would give', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'blason-manifest-'));
  const png = await sharp({ create: { width: 9, height: 4, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();
  await writeFile(join(dir, 'v.png'), png);
  await writeFile(join(dir, 'v.alt.txt'), 'Un visuel\n');
  const extra = { alt: 'Un visuel', details: { format: 'carre' } };
  const record = (data: Buffer, mediaType: string, size = {}) => ({
    mediaType,
    bytes: data.byteLength,
    sha256: sha256(data),
    ...size,
  });
  expect(
    JSON.stringify(writtenFile('v.png', 'visual', record(png, 'image/png', { width: 9, height: 4 }), extra)),
  ).toBe(JSON.stringify(await describeFile(dir, 'v.png', 'visual', extra)));
  const alt = Buffer.from('Un visuel\n');
  expect(JSON.stringify(writtenFile('v.alt.txt', 'visual', record(alt, 'text/plain')))).toBe(
    JSON.stringify(await describeFile(dir, 'v.alt.txt', 'visual')),
  );
});
