/**
 * Token build speed: the repository's sample brand (6 partners × 4 modes) and synthetic brands of
 * 10 and 50 partners × 4 modes generated on the fly, to show the time per permutation stays flat.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTokens } from '@blason/tokens';
import { writeSyntheticBrand } from '@blason/tokens/test-support';
import type { BenchResult } from './types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Timing {
  /** Wall-clock time. */
  readonly ms: number;
  /** CPU time of this process (user + system): less sensitive to other work on a shared machine. */
  readonly cpuMs: number;
  readonly permutations: number;
}

async function timeBuild(tokensDir: string): Promise<Timing> {
  const outDir = await mkdtemp(join(tmpdir(), 'blason-bench-tokens-out-'));
  try {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const { permutations } = await buildTokens({ tokensDir, outDir });
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, permutations };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Best of `runs` after one warm-up: the machine is shared, the minimum is the least noisy figure. */
async function best(tokensDir: string, runs: number): Promise<Timing> {
  await timeBuild(tokensDir);
  let fastest: Timing = { ms: Number.POSITIVE_INFINITY, cpuMs: 0, permutations: 0 };
  for (let i = 0; i < runs; i++) {
    const result = await timeBuild(tokensDir);
    if (result.ms < fastest.ms) fastest = result;
  }
  return fastest;
}

async function synthetic(partners: number): Promise<Timing> {
  const dir = await mkdtemp(join(tmpdir(), 'blason-bench-tokens-'));
  try {
    await writeSyntheticBrand(dir, { partners });
    return await best(dir, 2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const suite = 'tokens';
  const sample = await best(join(root, 'tokens'), 3);
  const small = await synthetic(10);
  const large = await synthetic(50);
  const perSmall = small.ms / small.permutations;
  const perLarge = large.ms / large.permutations;
  return [
    {
      suite,
      name: `sample build (${sample.permutations} partner × mode)`,
      value: sample.ms,
      unit: 'ms',
      target: '< 3000 ms',
    },
    { suite, name: 'sample build, CPU time', value: sample.cpuMs, unit: 'ms' },
    { suite, name: 'sample build per permutation', value: sample.ms / sample.permutations, unit: 'ms' },
    {
      suite,
      name: `synthetic 50 partners × 4 modes (${large.permutations})`,
      value: large.ms,
      unit: 'ms',
      target: '< 15000 ms',
    },
    { suite, name: 'synthetic 50 partners, CPU time', value: large.cpuMs, unit: 'ms' },
    {
      suite,
      name: 'synthetic per permutation, 50 partners',
      value: perLarge,
      unit: 'ms',
      target: 'flat as partners grow',
      peer: { name: '10 partners', value: perSmall, ratio: perLarge / perSmall },
    },
  ];
}
