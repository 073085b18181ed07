import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBlasonError } from '@blason/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readImage } from '../src/node/images.js';

let dir: string;
let campaignFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'blason-images-'));
  campaignFile = join(dir, 'campagne.yaml');
  await mkdir(join(dir, 'dossier.jpg'));
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
