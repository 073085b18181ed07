import { readFileSync } from 'node:fs';
import { loadBrand } from '@blason/tokens';
import type { ReactElement } from 'react';
import * as React from 'react';
import type { CopyLinter, CopyOptions, LintFinding } from './copy.js';
import { NO_LINT } from './copy.js';
import type { BrandLike, FormatSpecLike, RenderDeps, TemplateLike } from './deps.js';

/** The parts of `@blason/templates` the render calls. */
interface TemplatesModule {
  readonly templates: Readonly<Record<string, TemplateLike>>;
  // biome-ignore lint/suspicious/noExplicitAny: the templates' theme type
  formatSpec(theme: any, id: string): FormatSpecLike;
  readonly FORMAT_IDS: readonly string[];
  // biome-ignore lint/suspicious/noExplicitAny: the templates' box type
  textBlock?(box: any, fit: { fontSize: number; lineHeight: number }): ReactElement;
  // biome-ignore lint/suspicious/noExplicitAny: partner metadata
  brandNameOf?(partners: readonly any[]): string;
}

/** The parts of `@blason/lexicon` the render calls. */
interface LexiconModule {
  loadLexicon(options: { lexiconDir: string }): Promise<unknown>;
  lintText(
    text: string,
    options: CopyOptions & { lexicon: unknown },
  ): readonly LintFinding[] | { findings: readonly LintFinding[] };
  fixText(text: string, options: CopyOptions & { lexicon: unknown }): { text: string } | string;
}

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

// Imported by name at run time: these packages sit beside the render in the graph and are
// loaded in every worker thread as well.
async function importPackage<T>(name: string): Promise<T> {
  return (await import(name)) as T;
}

/** Loads the brand, templates and lexicon once (per process or worker thread). */
export async function loadDeps(
  setup: DepsSetup,
): Promise<RenderDeps & { readonly brand: BrandLike & Awaited<ReturnType<typeof loadBrand>> }> {
  provideClassicJsxRuntime();
  const [brand, templates, linter] = await Promise.all([
    loadBrand({ tokensDir: setup.tokensDir }),
    importPackage<TemplatesModule>('@blason/templates'),
    setup.lexiconDir ? lexiconLinter(setup.lexiconDir) : Promise.resolve(NO_LINT),
  ]);
  const pictograms = new Map<string, string>();
  const pictogram = (axis: string, color?: string): string => {
    const cacheKey = `${axis}\u0000${color ?? ''}`;
    const cached = pictograms.get(cacheKey);
    if (cached) return cached;
    const meta = brand.axes.find((a) => a.id === axis);
    if (!meta) throw new Error(`Unknown axis ${axis}`);
    const svg = readFileSync(meta.pictogramFile, 'utf8');
    const coloured = color ? svg.replaceAll('currentColor', color) : svg;
    const uri = `data:image/svg+xml;base64,${Buffer.from(coloured).toString('base64')}`;
    pictograms.set(cacheKey, uri);
    return uri;
  };
  return {
    brand: brand as BrandLike & typeof brand,
    templates: templates.templates,
    formatSpec: templates.formatSpec,
    formatIds: templates.FORMAT_IDS,
    linter,
    pictogram,
    ...(templates.brandNameOf ? { brandName: templates.brandNameOf(brand.partners) } : {}),
    ...(templates.textBlock ? { textBlock: templates.textBlock } : {}),
  };
}

async function lexiconLinter(lexiconDir: string): Promise<CopyLinter> {
  const module = await importPackage<LexiconModule>('@blason/lexicon');
  const lexicon = await module.loadLexicon({ lexiconDir });
  return {
    fix: (text, options) => {
      const fixed = module.fixText(text, { ...options, lexicon });
      return typeof fixed === 'string' ? fixed : fixed.text;
    },
    lint: (text, options) => {
      const found = module.lintText(text, { ...options, lexicon });
      return Array.isArray(found) ? found : (found as { findings: readonly LintFinding[] }).findings;
    },
  };
}
