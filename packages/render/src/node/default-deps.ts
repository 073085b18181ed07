import { readFileSync } from 'node:fs';
import { loadLexicon } from '@blason/lexicon';
import { brandNameOf, FORMAT_IDS, templates, textBlock } from '@blason/templates';
import { loadBrand } from '@blason/tokens';
import * as React from 'react';
import { lexiconLinter, NO_LINT } from '../engine/copy.js';
import { pictogramDataUri } from '../engine/pictogram.js';

import type { RenderDeps } from './deps.js';

export interface DepsSetup {
  readonly tokensDir: string;
  /** Lexicon folder; without it the copy is neither fixed nor linted. */
  readonly lexiconDir?: string;
}

/**
 * tsx applies a tsconfig only to the files it includes: run from the repository root, other
 * packages' TSX (the templates) is compiled with the classic runtime, which calls a global
 * `React.createElement`. Providing it keeps the CLI and the workers working whatever the cwd.
 */
function provideClassicJsxRuntime(): void {
  const scope = globalThis as unknown as { React?: typeof React };
  scope.React ??= React;
}

/** Loads the brand, templates and lexicon once (per process or worker thread). */
export async function loadDeps(
  setup: DepsSetup,
): Promise<RenderDeps & { readonly brand: Awaited<ReturnType<typeof loadBrand>> }> {
  provideClassicJsxRuntime();
  const [brand, linter] = await Promise.all([
    loadBrand({ tokensDir: setup.tokensDir }),
    setup.lexiconDir
      ? loadLexicon({ lexiconDir: setup.lexiconDir }).then(lexiconLinter)
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
