import { join } from 'node:path';
import { type Lexicon, loadLexicon } from '@blason/lexicon';
import { createRenderContext, type RenderContext } from '@blason/render';
import { type Brand, prepareTokensBuild, type TokensBuilder } from '@blason/tokens';

/**
 * Everything a thread needs for a kit, loaded once: the render and the partner kits share it.
 * This module does not load the partner kits' code (logos, print, contact sheets): the main
 * thread of a kit with worker threads only plans the render, and a worker loads that code with
 * its first partner kit.
 */
export interface KitContext {
  readonly brand: Brand;
  readonly tokens: TokensBuilder;
  readonly lexicon: Lexicon;
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
 * Checked tokens, lexicon and render context of a repository, made once per thread and kept while
 * the digest of the kit's inputs is the same (a changed token gets a fresh context).
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
      render: await createRenderContext(setup, { brand: tokens.brand, lexicon }),
    }));
    context = { rootDir, digest, ready };
  }
  return context.ready;
}
