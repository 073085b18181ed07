import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { type SyntheticOptions, writeSyntheticBrand } from '../../src/test-support/synthetic-brand.js';

const created: string[] = [];
afterAll(async () => {
  await Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh valid brand in a temp dir, removed after the test file. */
export async function tempBrand(options: SyntheticOptions = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'blason-tokens-'));
  created.push(dir);
  await writeSyntheticBrand(dir, options);
  return dir;
}

/** Rewrites one JSON file of a brand through `change` (which mutates the parsed object). */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into fixture JSON freely
type Editable = any;

export async function editJson(dir: string, file: string, change: (json: Editable) => void): Promise<void> {
  const path = join(dir, file);
  const json = JSON.parse(await readFile(path, 'utf8'));
  change(json);
  await writeFile(path, `${JSON.stringify(json, null, 2)}\n`);
}

export async function writeText(dir: string, file: string, text: string): Promise<void> {
  await writeFile(join(dir, file), text);
}
