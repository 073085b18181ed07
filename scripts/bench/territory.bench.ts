/**
 * A whole territory in one run: the sample brand plus one partner per commune (53 in the agglomeration,
 * 36 in the Pays de Lumbres: 95 partners), written into a temporary folder, then the full kit cold.
 * Reports the time, the peak memory and the cost per partner and per visual against the 6 bodies alone
 * built from the same folder: both must stay flat as the territory grows (within 15 %).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { RENDER_V8_FLAGS } from '@blason/cli/render-process';
import { writeTerritory } from './support/territory.js';
import type { BenchResult } from './types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const kitRun = fileURLToPath(new URL('./support/kit-run.ts', import.meta.url));

interface KitRun {
  readonly ms: number;
  /** The partner kits' phase (after the render): what each partner adds. */
  readonly partnerMs: number;
  readonly maxRssMb: number;
  readonly partners: number;
  readonly visuals: number;
}

async function coldKit(rootDir: string, partners?: readonly string[]): Promise<KitRun> {
  const outDir = await mkdtemp(join(tmpdir(), 'blason-bench-territory-kit-'));
  try {
    // Started as the `blason` command starts a rendering process (the allocator settings come with
    // this process' environment).
    const args = [
      ...RENDER_V8_FLAGS,
      '--import',
      'tsx',
      kitRun,
      rootDir,
      outDir,
      ...(partners ? [partners.join(',')] : []),
    ];
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: root, maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as KitRun;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const suite = 'territory';
  const territory = await writeTerritory(root);
  try {
    const bodies = territory.partners.filter((id) => !territory.communes.includes(id));
    const small = await coldKit(territory.rootDir, bodies);
    const whole = await coldKit(territory.rootDir);
    process.stderr.write(
      `territory bench: ${small.partners} partners ${small.visuals} visuals; ${whole.partners} partners ${whole.visuals} visuals\n`,
    );
    const perVisual = (kit: KitRun) => kit.ms / kit.visuals;
    const perPartnerKit = (kit: KitRun) => kit.partnerMs / kit.partners;
    return [
      {
        suite,
        name: `full kit cold, ${whole.partners} partners (${whole.visuals} visuals)`,
        value: whole.ms,
        unit: 'ms',
      },
      { suite, name: `peak memory, ${whole.partners} partners`, value: whole.maxRssMb, unit: 'MB' },
      { suite, name: `peak memory, ${small.partners} partners`, value: small.maxRssMb, unit: 'MB' },
      {
        suite,
        name: `cost per partner, ${whole.partners} partners`,
        value: whole.ms / whole.partners,
        unit: 'ms',
        peer: {
          name: `${small.partners} partners`,
          value: small.ms / small.partners,
          ratio: whole.ms / whole.partners / (small.ms / small.partners),
        },
      },
      {
        // The communes sign no sample campaign (same visuals in both runs): the partner kits' phase
        // (tokens, glossary, logos, sheets, fonts, README, manifest, zip) is what grows with them.
        suite,
        name: `partner kit cost per partner, ${whole.partners} partners`,
        value: perPartnerKit(whole),
        unit: 'ms',
        target: 'flat: within 15 % of the 6-partner figure',
        peer: {
          name: `${small.partners} partners`,
          value: perPartnerKit(small),
          ratio: perPartnerKit(whole) / perPartnerKit(small),
        },
      },
      {
        suite,
        name: `cost per visual, ${whole.partners} partners`,
        value: perVisual(whole),
        unit: 'ms',
        peer: {
          name: `${small.partners} partners`,
          value: perVisual(small),
          ratio: perVisual(whole) / perVisual(small),
        },
      },
    ];
  } finally {
    await rm(territory.rootDir, { recursive: true, force: true });
  }
}
