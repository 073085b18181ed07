import { join } from 'node:path';
import { BlasonError, type Problem, sha256, writeFileAtomic } from '@blason/core';
import {
  analyzeBrand,
  type Brand,
  type BrandAnalysis,
  brandFrom,
  isError,
  type ResolvedPermutation,
} from '../brand.js';
import { collectProblems } from '../check/check.js';
import { combinedCss } from './combined-css.js';
import { contractModule } from './contract.js';
import { cssFile, jsonFlatFile, jsonNestedFile, scssFile } from './formats.js';
import { createLayerBuilder } from './layers.js';
import type { StyleDictionaryOutput } from './permutation.js';
import { sampleModule } from './sample.js';
import { tokensStudioExport } from './tokens-studio.js';

export interface BuildTokensOptions {
  readonly tokensDir: string;
  readonly outDir: string;
  /** Build only these partners (default: all). */
  readonly partners?: readonly string[];
  /**
   * The module `sample.d.ts` imports its types from (`AxisMeta`, `PartnerMeta`, `ResolvedTheme`):
   * by default the browser-safe contract, `@blason/tokens/theme`. A package that ships the sample
   * without depending on this one names its own self-contained declarations (`@blason/theme`).
   */
  readonly sampleTypes?: string;
}

export type BuiltFileKind = 'css' | 'scss' | 'json' | 'js' | 'dts' | 'figma';

export interface BuiltFile {
  /** Relative to `outDir`, with `/` separators. */
  readonly path: string;
  readonly kind: BuiltFileKind;
  /** Set on per-permutation files, so the kit can copy a partner's own. */
  readonly partner?: string;
  readonly mode?: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface BuildTokensResult {
  readonly files: readonly BuiltFile[];
  readonly permutations: number;
  /** Warnings found by the check (errors make the build throw). */
  readonly warnings: readonly Problem[];
}

/**
 * Checks the tokens (the build fails on any error `checkTokens` reports, contrast and removed names
 * included), then runs Style Dictionary per resolver layer and per partner × mode, concurrently
 * (see `createLayerBuilder`), and writes CSS, SCSS, JSON, the combined stylesheet, the typed sample module
 * and the vanilla-extract contract.
 */
export async function buildTokens(options: BuildTokensOptions): Promise<BuildTokensResult> {
  return (await prepareTokensBuild(options.tokensDir)).build(options);
}

/** A checked brand whose builds share their work: see {@link prepareTokensBuild}. */
export interface TokensBuilder {
  /** The checked brand the builds write. */
  readonly brand: Brand;
  /** {@link buildTokens} for this brand; `tokensDir` is the one it was prepared from. */
  build(options: Omit<BuildTokensOptions, 'tokensDir'>): Promise<BuildTokensResult>;
}

/**
 * Reads and checks the tokens once for several builds (a kit writes each partner's own): the
 * analysis and the check are not repeated, nor are the Style Dictionary runs of layers an earlier
 * build already made (the shared values, each mode's). The tokens must not change in between.
 */
export async function prepareTokensBuild(tokensDir: string): Promise<TokensBuilder> {
  const analysis = await analyzeBrand(tokensDir);
  const problems = await collectProblems(analysis);
  const errors = problems.filter(isError);
  if (errors.length > 0) {
    throw new BlasonError(
      `tokens build failed: ${errors.length} problem${errors.length > 1 ? 's' : ''}`,
      errors,
    );
  }
  const brand = brandFrom(analysis);
  const layersOf = createLayerBuilder(analysis.permutations);
  const warnings = problems.filter((p) => !isError(p));
  return { brand, build: (options) => writeBuild({ analysis, brand, layersOf, warnings }, options) };
}

interface PreparedBrand {
  readonly analysis: BrandAnalysis;
  readonly brand: Brand;
  readonly layersOf: ReturnType<typeof createLayerBuilder>;
  readonly warnings: readonly Problem[];
}

async function writeBuild(
  prepared: PreparedBrand,
  options: Omit<BuildTokensOptions, 'tokensDir'>,
): Promise<BuildTokensResult> {
  const { analysis, brand } = prepared;
  const selected = selectPartners(analysis.permutations, analysis.project.partnerIds, options.partners);
  const { shared, permutations: outputs } = await prepared.layersOf(selected);

  const files: { path: string; kind: BuiltFileKind; partner?: string; mode?: string; content: string }[] = [];
  for (const { permutation, ...output } of outputs) {
    const { partner, mode } = permutation;
    const title = `(${partner} × ${mode})`;
    const css = [...shared.css, ...output.css];
    const values = [...shared.values, ...output.values];
    files.push(
      { path: `css/${partner}/${mode}.css`, kind: 'css', partner, mode, content: cssFile(css, title) },
      { path: `scss/${partner}/_${mode}.scss`, kind: 'scss', partner, mode, content: scssFile(css, title) },
      { path: `json/${partner}/${mode}.json`, kind: 'json', partner, mode, content: jsonNestedFile(values) },
      {
        path: `json/${partner}/${mode}.flat.json`,
        kind: 'json',
        partner,
        mode,
        content: jsonFlatFile(values),
      },
    );
  }
  const scoped = outputs.map(({ permutation, ...output }) => ({
    partner: permutation.partner,
    mode: permutation.mode,
    varying: output.css,
  }));
  files.push({
    path: 'css/blason.css',
    kind: 'css',
    content: combinedCss(shared.css, scoped, brand.defaults),
  });
  // one partner's site: its values on :root, each of its modes switchable with data-mode
  for (const partner of new Set(scoped.map((entry) => entry.partner))) {
    files.push({
      path: `css/${partner}.css`,
      kind: 'css',
      partner,
      content: combinedCss(
        shared.css,
        scoped.filter((entry) => entry.partner === partner),
        { partner, mode: brand.defaults.mode },
      ),
    });
  }
  const contract = contractModule([...shared.css, ...(outputs[0]?.css ?? [])]);
  files.push(
    { path: 'contract.js', kind: 'js', content: contract.js },
    { path: 'contract.d.ts', kind: 'dts', content: contract.dts },
  );
  const sample = sampleModule({
    partners: brand.partners.filter((p) => selected.some((s) => s.partner === p.id)),
    axes: brand.axes,
    modes: brand.modes,
    defaults: brand.defaults,
    typesModule: options.sampleTypes ?? '@blason/tokens/theme',
    shared: shared.values,
    varying: outputs.map(({ permutation, values }) => ({
      partner: permutation.partner,
      mode: permutation.mode,
      values,
    })),
  });
  files.push(
    { path: 'sample.js', kind: 'js', content: sample.js },
    { path: 'sample.d.ts', kind: 'dts', content: sample.dts },
  );

  files.push({
    path: 'figma/tokens-studio.json',
    kind: 'figma',
    content: tokensStudioExport(analysis.project, analysis.permutations),
  });

  await Promise.all(files.map((file) => writeFileAtomic(join(options.outDir, file.path), file.content)));
  return {
    files: files.map(({ content, ...file }) => ({
      ...file,
      bytes: Buffer.byteLength(content),
      sha256: sha256(content),
    })),
    permutations: selected.length,
    warnings: prepared.warnings,
  };
}

function selectPartners(
  permutations: readonly ResolvedPermutation[],
  known: readonly string[],
  wanted: readonly string[] | undefined,
): ResolvedPermutation[] {
  if (!wanted || wanted.length === 0) return [...permutations];
  const unknown = wanted.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new BlasonError(
      `unknown partner ${unknown.join(', ')}`,
      unknown.map((id) => ({
        code: 'brand/unknown-partner',
        message: `unknown partner "${id}"`,
        expected: `one of ${known.join(', ')}`,
      })),
    );
  }
  return permutations.filter((p) => wanted.includes(p.partner));
}

export type { StyleDictionaryOutput };
