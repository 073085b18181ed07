import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '@blason/core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const testDir = join(import.meta.dirname, '..');
const baselineDir = join(testDir, '__screenshots__');
const diffDir = join(testDir, '__diffs__');

/** `UPDATE_BASELINES=1 npx vitest run test/browser.test.ts` rewrites the committed baselines. */
const updateBaselines = process.env.UPDATE_BASELINES === '1';

/** Per-pixel colour distance (pixelmatch's YIQ threshold) and the share of pixels allowed to differ. */
const pixelThreshold = 0.1;
const maxDiffRatio = 0.001;

/** Compares a screenshot with its committed baseline: undefined when it matches, else why not. */
export async function compareWithBaseline(name: string, actual: Buffer): Promise<string | undefined> {
  const baselineFile = join(baselineDir, `${name}.png`);
  if (updateBaselines) {
    await writeFileAtomic(baselineFile, actual);
    return undefined;
  }
  if (!existsSync(baselineFile)) return `no baseline ${baselineFile} (run with UPDATE_BASELINES=1)`;
  const expected = PNG.sync.read(await readFile(baselineFile));
  const received = PNG.sync.read(actual);
  const actualFile = join(diffDir, `${name}.actual.png`);
  if (expected.width !== received.width || expected.height !== received.height) {
    await writeFileAtomic(actualFile, actual);
    return `size ${received.width}×${received.height} differs from the baseline's ${expected.width}×${expected.height}; see ${actualFile}`;
  }
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const changed = pixelmatch(expected.data, received.data, diff.data, width, height, {
    threshold: pixelThreshold,
  });
  if (changed / (width * height) <= maxDiffRatio) return undefined;
  await writeFileAtomic(actualFile, actual);
  await writeFileAtomic(join(diffDir, `${name}.diff.png`), PNG.sync.write(diff));
  return `${changed} pixels differ from the baseline; see ${join(diffDir, `${name}.diff.png`)}`;
}
