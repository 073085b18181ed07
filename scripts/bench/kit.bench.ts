/**
 * The main job, end to end: every sample campaign for every partner (visuals in every screen
 * encoding, print posters, logos, tokens, glossary, fonts, contact sheet, manifest, zip) into an
 * empty folder, then the same command again with nothing changed. The cold build's phases and
 * the cores it kept busy say where its time goes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKit } from '@blason/kit/build';
import { kitPhaseClock } from './support/kit-phases.js';
import type { BenchResult } from './types.js';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

export async function run(): Promise<BenchResult[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'blason-bench-kit-'));
  try {
    // One clock for the cold build: its total is the sum of the phases reported below.
    const clock = kitPhaseClock();
    const cold = await buildKit({ rootDir, outDir, illustrative: true, onProgress: clock.onProgress });
    const phases = clock.stop();
    const rerun = await timed(() => buildKit({ rootDir, outDir, illustrative: true }));
    if (rerun.result.rebuilt) throw new Error('kit bench: the no-change rerun rebuilt the kit');
    const partners = cold.partners;
    const visuals = partners.reduce((total, partner) => total + partner.visuals, 0);
    const files = partners.reduce((total, partner) => total + partner.files, 0);
    process.stderr.write(`kit bench: ${partners.length} partners, ${visuals} visuals, ${files} files\n`);
    return [
      {
        suite: 'kit',
        name: `full sample kit, cold (${partners.length} partners, ${visuals} visuals, print and logos)`,
        value: phases.ms,
        unit: 'ms',
        target: '< 10000 ms',
      },
      { suite: 'kit', name: 'cold kit: start-up, to the first visual', value: phases.startupMs, unit: 'ms' },
      { suite: 'kit', name: 'cold kit: visuals, first to last', value: phases.visualsMs, unit: 'ms' },
      {
        suite: 'kit',
        name: 'cold kit: partner kits, after the last visual',
        value: phases.partnerMs,
        unit: 'ms',
      },
      {
        suite: 'kit',
        name: 'cold kit: cores kept busy (CPU time over wall time)',
        value: phases.cores,
        unit: 'cores',
      },
      {
        suite: 'kit',
        name: 'full sample kit, no-change rerun',
        value: rerun.ms,
        unit: 'ms',
        target: '< 300 ms',
      },
    ];
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
