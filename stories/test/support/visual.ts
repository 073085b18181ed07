import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '@blason/core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const testDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const baselineDir = join(testDir, '__screenshots__');
export const diffDir = join(testDir, '__diffs__');

/** `UPDATE_BASELINES=1 npm test -w @blason/stories` rewrites the committed baselines. */
export const updateBaselines = process.env.UPDATE_BASELINES === '1';

/** Per-pixel colour distance (pixelmatch's YIQ threshold) and the share of pixels allowed to differ. */
const pixelThreshold = 0.1;
const maxDiffRatio = 0.001;

export interface VisualResult {
  name: string;
  /** Undefined when the screenshot matches (or the baseline was just written). */
  failure?: string;
}

/** Compares a screenshot with its committed baseline; writes the diff image on a mismatch. */
export async function compareWithBaseline(name: string, actual: Buffer): Promise<VisualResult> {
  const baselineFile = join(baselineDir, `${name}.png`);
  if (updateBaselines) {
    await writeFileAtomic(baselineFile, actual);
    return { name };
  }
  if (!existsSync(baselineFile)) {
    return {
      name,
      failure: `no baseline ${baselineFile} (run UPDATE_BASELINES=1 npm test -w @blason/stories)`,
    };
  }
  const expected = PNG.sync.read(await readFile(baselineFile));
  const received = PNG.sync.read(actual);
  const diffBase = join(diffDir, name);
  if (expected.width !== received.width || expected.height !== received.height) {
    await writeDiffFiles(diffBase, actual);
    return {
      name,
      failure: `size ${received.width}×${received.height} differs from baseline ${expected.width}×${expected.height}; see ${diffBase}.actual.png`,
    };
  }
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const changed = pixelmatch(expected.data, received.data, diff.data, width, height, {
    threshold: pixelThreshold,
  });
  const ratio = changed / (width * height);
  if (ratio <= maxDiffRatio) return { name };
  await writeDiffFiles(diffBase, actual, PNG.sync.write(diff));
  return {
    name,
    failure: `${changed} pixels differ (${(ratio * 100).toFixed(2)} % > ${maxDiffRatio * 100} %); see ${diffBase}.diff.png`,
  };
}

async function writeDiffFiles(base: string, actual: Buffer, diff?: Buffer): Promise<void> {
  await mkdir(dirname(base), { recursive: true });
  await writeFileAtomic(`${base}.actual.png`, actual);
  if (diff) await writeFileAtomic(`${base}.diff.png`, diff);
}

/** Removes the diff images of a previous run so only current failures are on disk. */
export async function clearDiffs(): Promise<void> {
  await rm(diffDir, { recursive: true, force: true });
}
