import { join } from 'node:path';
import { writeChunksAtomic } from '@blason/core';
import { type Lexicon, loadLexicon } from '@blason/lexicon';
import { createLogoCache, type LogoCache } from '@blason/logos';
import { createRenderContext, type RenderContext, type RenderedVisual } from '@blason/render';
import { type Brand, prepareTokensBuild, type TokensBuilder } from '@blason/tokens';
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

/** Everything a thread needs for a kit, loaded once: the render and the partner kits share it. */
export interface KitContext {
  readonly brand: Brand;
  readonly tokens: TokensBuilder;
  readonly lexicon: Lexicon;
  readonly logoCache: LogoCache;
  /** The render's brand, templates, lexicon linter and fonts, made from the same brand and lexicon. */
  readonly render: RenderContext;
}

let context: { rootDir: string; digest: string; ready: Promise<KitContext> } | undefined;

/** Where a repository keeps its tokens and lexicon: the render's setup for a kit. */
export function kitSetup(rootDir: string): { readonly tokensDir: string; readonly lexiconDir: string } {
  const tokensDir = join(rootDir, 'tokens');
  return { tokensDir, lexiconDir: join(tokensDir, 'lexicon') };
}

/**
 * Checked tokens, lexicon, render context and logo cache of a repository, made once per thread
 * and kept while the digest of the kit's inputs is the same (a changed token gets a fresh context).
 */
export function kitContext(rootDir: string, digest: string): Promise<KitContext> {
  if (context?.rootDir !== rootDir || context.digest !== digest) {
    const setup = kitSetup(rootDir);
    const ready = Promise.all([
      prepareTokensBuild(setup.tokensDir),
      loadLexicon({ lexiconDir: setup.lexiconDir }),
    ]).then(async ([tokens, lexicon]) => ({
      brand: tokens.brand,
      tokens,
      lexicon,
      logoCache: createLogoCache(),
      render: await createRenderContext(setup, { brand: tokens.brand, lexicon }),
    }));
    context = { rootDir, digest, ready };
  }
  return context.ready;
}

/** Writes one partner's kit folder, then its zip beside it. */
export async function partnerTask(task: PartnerTask): Promise<PartnerSummary> {
  const { brand, tokens, lexicon, logoCache } = await kitContext(task.rootDir, task.digest);
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
