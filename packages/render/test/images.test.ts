import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBlasonError } from '@blason/core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readImage } from '../src/node/images.js';

let dir: string;
let campaignFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'blason-images-'));
  campaignFile = join(dir, 'campagne.yaml');
  await mkdir(join(dir, 'dossier.jpg'));
  await writeFile(join(dir, 'notes.jpg'), 'Des notes, pas une photo.\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(src: string) {
  try {
    await readImage({ field: 'image', src, focal: { x: 0.5, y: 0.5 } }, { campaignFile });
  } catch (error) {
    if (isBlasonError(error)) return error;
    throw error;
  }
  throw new Error('expected a BlasonError');
}

describe('an image that cannot be read', () => {
  test.each([
    ['absente.jpg', 'Image introuvable', 'l’image « absente.jpg » : fichier introuvable', 'ENOENT'],
    [
      'dossier.jpg',
      'Image illisible',
      'l’image « dossier.jpg » : c’est un dossier, pas un fichier',
      'EISDIR',
    ],
  ])(
    '%s is reported in French only, the system error kept as its cause',
    async (src, summary, message, code) => {
      const error = await failure(src);
      expect(error.summary).toBe(summary);
      expect(error.problems).toEqual([
        {
          code: 'render/image-unreadable',
          file: campaignFile,
          path: 'content.image',
          message,
          language: 'fr',
        },
      ]);
      // The system's English words ("no such file or directory", "illegal operation") stay out.
      expect(error.message).not.toMatch(/ENOENT|EISDIR|no such file|illegal operation/i);
      expect((error.cause as NodeJS.ErrnoException).code).toBe(code);
    },
  );
});

test('a file that is not an image is the content’s fault, said in French, not a failure of the render', async () => {
  const error = await failure('notes.jpg');
  expect(error.summary).toBe('Image illisible');
  expect(error.problems).toEqual([
    {
      code: 'render/image-unreadable',
      file: campaignFile,
      path: 'content.image',
      message: 'l’image « notes.jpg » : ce fichier n’est pas une image (JPEG, PNG, WebP ou AVIF attendu)',
      language: 'fr',
    },
  ]);
  expect(error.message).not.toMatch(/unsupported image format/i);
  const photo = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
    .jpeg()
    .toBuffer();
  await writeFile(join(dir, 'notes.jpg'), photo);
  // Replaced by a photo under the same name, it is read again.
  const ref = { field: 'image', src: 'notes.jpg', focal: { x: 0.5, y: 0.5 } };
  expect((await readImage(ref, { campaignFile })).equals(photo)).toBe(true);
});
