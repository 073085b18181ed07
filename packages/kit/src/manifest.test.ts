import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { describeFile, mediaTypeOf } from './manifest.js';

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
