import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BlasonError, type Problem, stableStringify, writeFileAtomic } from '@blason/core';
import { loadLexicon } from '@blason/lexicon';
import { campaignFiles, type OutputKind, type RenderProgress, renderCampaigns } from '@blason/render';
import { type Brand, loadBrand, type PartnerMeta } from '@blason/tokens';
import { type PartnerKit, writePartnerKit } from './partner.js';
import { inputsDigest } from './stamp.js';
import { zipDirectory } from './zip.js';

export interface BuildKitOptions {
  /** Folder holding `tokens/` and `assets/` (the repository root for the sample brand). */
  readonly rootDir: string;
  /** Kits go to `<outDir>/<partner>/` and `<outDir>/<partner>.zip`. */
  readonly outDir: string;
  /** Partner ids; every partner of the brand by default. */
  readonly partners?: readonly string[];
  /** Screen encodings of every visual; the render engine's defaults otherwise. */
  readonly outputs?: readonly OutputKind[];
  /** Render worker threads. */
  readonly jobs?: number;
  /** Rebuild everything, ignoring the render cache and the kit digest. */
  readonly force?: boolean;
  /** The brand is the repository's illustrative sample: every README and sheet says so. */
  readonly illustrative?: boolean;
  readonly onProgress?: (event: KitProgress) => void;
}

export type KitProgress =
  | { readonly step: 'render'; readonly progress: RenderProgress }
  | { readonly step: 'partner'; readonly partner: string; readonly done: number; readonly total: number };

export interface KitSummary {
  /** False when every input was unchanged and the existing kits were kept as they are. */
  readonly rebuilt: boolean;
  readonly partners: readonly PartnerSummary[];
  /** Visuals reused from the render cache. */
  readonly cachedVisuals: number;
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

/** What the kit is made from: brand data, assets and the code of every package. */
const INPUT_FOLDERS = ['tokens', 'assets', 'packages'];
const STAMP_FILE = join('.blason-cache', 'kit.json');

/**
 * Builds the kit of every partner: tokens, glossary, visuals, posters, logos, fonts, contact sheet,
 * manifest, French README, and a zip. Content problems stop the build before any manifest or zip is
 * replaced, so the previous kit stays whole.
 */
export async function buildKit(options: BuildKitOptions): Promise<KitSummary> {
  const rootDir = resolve(options.rootDir);
  const outDir = resolve(options.outDir);
  const tokensDir = join(rootDir, 'tokens');
  // The digest comes first: a no-change rerun must not pay for loading the brand.
  const digest = await inputsDigest(rootDir, INPUT_FOLDERS, {
    partners: options.partners ? [...options.partners].sort() : 'all',
    outputs: options.outputs ?? null,
    illustrative: options.illustrative ?? false,
  });
  const previous = options.force ? undefined : await readStamp(outDir, digest);
  if (previous) return { ...previous, rebuilt: false };
  const brand = await loadBrand({ tokensDir });
  const partners = selectPartners(brand, options.partners);

  const report = await renderCampaigns({
    campaigns: await campaignFiles(join(rootDir, 'assets', 'campaigns')).catch(() => []),
    tokensDir,
    lexiconDir: join(tokensDir, 'lexicon'),
    outDir,
    partners: partners.map((partner) => partner.id),
    ...(options.outputs ? { outputs: options.outputs } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.force ? { force: true } : {}),
    onProgress: (progress) => options.onProgress?.({ step: 'render', progress }),
  });
  if (report.problems.length > 0) {
    throw new BlasonError('Le kit n’a pas été généré : des contenus sont à corriger.', report.problems);
  }

  const lexicon = await loadLexicon({ lexiconDir: join(tokensDir, 'lexicon') });
  const summaries: PartnerSummary[] = [];
  for (const [index, partner] of partners.entries()) {
    options.onProgress?.({ step: 'partner', partner: partner.id, done: index, total: partners.length });
    const kit = await writePartnerKit({
      brand,
      lexicon,
      partner,
      rootDir,
      outDir,
      digest,
      report,
      illustrative: options.illustrative ?? false,
    });
    summaries.push(await zipPartner(outDir, kit));
  }
  const summary: KitSummary = { rebuilt: true, partners: summaries, cachedVisuals: report.skipped.length };
  await writeFileAtomic(join(outDir, STAMP_FILE), `${stableStringify({ digest, summary })}\n`);
  return summary;
}

function selectPartners(brand: Brand, ids: readonly string[] | undefined): PartnerMeta[] {
  if (!ids || ids.length === 0) return [...brand.partners];
  const known = brand.partners.map((partner) => partner.id);
  const problems: Problem[] = ids
    .filter((id) => !known.includes(id))
    .map((id) => ({
      code: 'kit/unknown-partner',
      path: '--partner',
      message: `partenaire inconnu « ${id} »`,
      expected: `l’un de ${known.join(', ')}`,
    }));
  if (problems.length > 0) throw new BlasonError('Partenaire inconnu', problems, { exitCode: 2 });
  return brand.partners.filter((partner) => ids.includes(partner.id));
}

async function readStamp(outDir: string, digest: string): Promise<KitSummary | undefined> {
  try {
    const stamp = JSON.parse(await readFile(join(outDir, STAMP_FILE), 'utf8')) as {
      digest: string;
      summary: KitSummary;
    };
    if (stamp.digest !== digest) return undefined;
    for (const partner of stamp.summary.partners) await readFile(partner.zip);
    return stamp.summary;
  } catch {
    return undefined;
  }
}

async function zipPartner(outDir: string, kit: PartnerKit): Promise<PartnerSummary> {
  const zip = join(outDir, `${kit.partner}.zip`);
  await writeFileAtomic(zip, await zipDirectory(kit.dir, `kit-${kit.partner}`));
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
