import { readFileSync } from 'node:fs';
import { type Lexicon, loadLexicon } from '@blason/lexicon';
import { brandNameOf, FORMAT_IDS, templates, textBlock } from '@blason/templates';
import { type Brand, loadBrand } from '@blason/tokens';
import { lexiconLinter, NO_LINT } from '../engine/copy.js';
import { pictogramDataUri } from '../engine/pictogram.js';
import { provideClassicJsxRuntime } from './classic-jsx.js';

import type { RenderDeps } from './deps.js';

export interface DepsSetup {
  readonly tokensDir: string;
  /** Lexicon folder; without it the copy is neither fixed nor linted. */
  readonly lexiconDir?: string;
}

/** The brand and lexicon of the setup's folders, when the caller has already loaded them. */
export interface LoadedInputs {
  readonly brand?: Brand;
  readonly lexicon?: Lexicon;
}

/**
 * The brand, templates and lexicon the render needs; `loaded` ones are reused, the others read.
 * Callers keep the result for their thread (`renderContext`).
 */
export async function loadDeps(
  setup: DepsSetup,
  loaded: LoadedInputs = {},
): Promise<RenderDeps & { readonly brand: Awaited<ReturnType<typeof loadBrand>> }> {
  provideClassicJsxRuntime();
  const [brand, linter] = await Promise.all([
    loaded.brand ?? loadBrand({ tokensDir: setup.tokensDir }),
    setup.lexiconDir
      ? (loaded.lexicon
          ? Promise.resolve(loaded.lexicon)
          : loadLexicon({ lexiconDir: setup.lexiconDir })
        ).then(lexiconLinter)
      : Promise.resolve(NO_LINT),
  ]);
  const pictograms = new Map<string, string>();
  const pictogram = (axis: string, color?: string): string => {
    const cacheKey = `${axis}\u0000${color ?? ''}`;
    const cached = pictograms.get(cacheKey);
    if (cached) return cached;
    const meta = brand.axes.find((a) => a.id === axis);
    if (!meta) throw new Error(`Unknown axis ${axis}`);
    const uri = pictogramDataUri(readFileSync(meta.pictogramFile, 'utf8'), color);
    pictograms.set(cacheKey, uri);
    return uri;
  };
  return {
    brand,
    templates,
    formatIds: FORMAT_IDS,
    linter,
    pictogram,
    brandName: brandNameOf(brand.partners),
    textBlock,
  };
}
