import { mkdir, mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { inputsDigest, kitDigest } from './stamp.js';

async function brandDir(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'blason-stamp-'));
  await mkdir(join(root, 'tokens', 'core'), { recursive: true });
  await writeFile(join(root, 'tokens', 'core', 'color.tokens.json'), '{}');
  return root;
}

test('the digest is stable and follows file contents and options', async () => {
  const root = await brandDir();
  const first = await inputsDigest(root, ['tokens'], { partners: ['capso'] });
  expect(await inputsDigest(root, ['tokens'], { partners: ['capso'] })).toBe(first);
  expect(await inputsDigest(root, ['tokens'], { partners: ['territoire'] })).not.toBe(first);
  await writeFile(join(root, 'tokens', 'core', 'color.tokens.json'), '{"a":1}');
  expect(await inputsDigest(root, ['tokens'], { partners: ['capso'] })).not.toBe(first);
});

test('generated and installed folders are not inputs; a missing folder is empty', async () => {
  const root = await brandDir();
  const first = await inputsDigest(root, ['tokens', 'absent'], {});
  await mkdir(join(root, 'tokens', 'node_modules'), { recursive: true });
  await writeFile(join(root, 'tokens', 'node_modules', 'x.json'), '{}');
  expect(await inputsDigest(root, ['tokens', 'absent'], {})).toBe(first);
});

test('files that come and go while tools run are not inputs', async () => {
  const root = await brandDir();
  const first = await inputsDigest(root, ['tokens'], {});
  await writeFile(join(root, 'tokens', 'core', '.color.tokens.json.1a2b3c.tmp'), '{');
  await writeFile(join(root, 'tokens', 'vitest.config.ts.timestamp-1764640000000-4f2a9c.mjs'), '');
  await mkdir(join(root, 'tokens', '.turbo'), { recursive: true });
  await writeFile(join(root, 'tokens', '.turbo', 'log.txt'), 'x');
  expect(await inputsDigest(root, ['tokens'], {})).toBe(first);
});

test('the kit digest reuses the hashes of unchanged files and sees any change', async () => {
  const root = await brandDir();
  const file = join(root, 'tokens', 'core', 'color.tokens.json');
  const outDir = await mkdtemp(join(tmpdir(), 'blason-stamp-out-'));
  const past = new Date('2020-01-01T00:00:00Z');
  await writeFile(file, '{"a":1}');
  await utimes(file, past, past);
  const plain = await kitDigest({ rootDir: root });
  expect(await kitDigest({ rootDir: root, outDir })).toBe(plain);
  const cache = JSON.parse(await readFile(join(outDir, '.blason-cache', 'inputs.json'), 'utf8'));
  expect(Object.keys(cache)).toEqual(['tokens/core/color.tokens.json']);
  expect(await kitDigest({ rootDir: root, outDir })).toBe(plain);
  // Same size, same modification time: the change time still tells.
  await writeFile(file, '{"a":2}');
  await utimes(file, past, past);
  const changed = await kitDigest({ rootDir: root, outDir });
  expect(changed).not.toBe(plain);
  expect(changed).toBe(await kitDigest({ rootDir: root }));
});
