import { join } from 'node:path';
import { writeChunksAtomic } from '@blason/core';
import { createLogoCache, type LogoCache } from '@blason/logos';
import type { RenderedVisual } from '@blason/render';
import { kitContext } from './kit-context.js';
import { type PartnerKit, writePartnerKit } from './partner.js';
import { zipChunks } from './zip.js';

/** One partner's kit to write and zip, as plain data a worker thread can receive. */
export interface PartnerTask {
  readonly rootDir: string;
  readonly outDir: string;
  readonly partner: string;
  readonly digest: string;
  /** This partner's rendered visuals. */
  readonly visuals: readonly RenderedVisual[];
  readonly illustrative: boolean;
}

export interface PartnerSummary {
  readonly partner: string;
  readonly dir: string;
  readonly zip: string;
  readonly files: number;
  readonly bytes: number;
  readonly visuals: number;
  readonly lintWarnings: number;
}

/**
 * The logos' shared work (the brand's wordmark, drawn, rasterised and encoded once), for every
 * partner kit this thread writes. Its entries are keyed by their whole input, so a changed token
 * misses instead of reusing stale art, and it keeps a bounded number of them.
 */
const logoCache: LogoCache = createLogoCache();

/** Writes one partner's kit folder, then its zip beside it. */
export async function partnerTask(task: PartnerTask): Promise<PartnerSummary> {
  const { brand, tokens, lexicon } = await kitContext(task.rootDir, task.digest);
  const partner = brand.partners.find((candidate) => candidate.id === task.partner);
  if (!partner) throw new Error(`partnerTask: unknown partner ${task.partner}`);
  const kit = await writePartnerKit({
    brand,
    lexicon,
    logoCache,
    tokens,
    partner,
    rootDir: task.rootDir,
    outDir: task.outDir,
    digest: task.digest,
    visuals: task.visuals,
    illustrative: task.illustrative,
  });
  return zipPartner(task.outDir, kit);
}

async function zipPartner(outDir: string, kit: PartnerKit): Promise<PartnerSummary> {
  const zip = join(outDir, `${kit.partner}.zip`);
  await writeChunksAtomic(zip, zipChunks(kit.dir, `kit-${kit.partner}`));
  return {
    partner: kit.partner,
    dir: kit.dir,
    zip,
    files: kit.files.length,
    bytes: kit.files.reduce((total, file) => total + file.bytes, 0),
    visuals: kit.visuals,
    lintWarnings: kit.lintWarnings,
  };
}
