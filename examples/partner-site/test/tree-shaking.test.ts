import { build, type Plugin, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

/** A one-line module as the entry, so each build keeps only what that line imports. */
function entry(code: string): Plugin {
  return {
    name: 'entry',
    resolveId: (id) => (id === 'virtual:entry' ? '\0entry' : undefined),
    load: (id) => (id === '\0entry' ? code : undefined),
  };
}

/** Bundles `import { <names> } from '@blason/react'` as the site does (published `dist/`). */
async function bundle(names: string): Promise<{ js: string; css: string }> {
  const result = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [entry(`export { ${names} } from '@blason/react';`)],
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      write: false,
      minify: false,
      cssCodeSplit: false,
      rollupOptions: {
        input: 'virtual:entry',
        external: [/^react(\/|$)/],
        preserveEntrySignatures: 'strict',
      },
    },
  })) as Rollup.RollupOutput;
  const text = (type: 'chunk' | 'asset', extension: string) =>
    result.output
      .filter((file) => file.type === type && file.fileName.endsWith(extension))
      .map((file) => (file.type === 'chunk' ? file.code : String(file.source)))
      .join('\n');
  return { js: text('chunk', '.js'), css: text('asset', '.css') };
}

describe('@blason/react in a partner bundle', () => {
  it('imports no CSS from its modules: the app imports @blason/react/styles.css once', async () => {
    const { css } = await bundle('EventCard, Header, Button');
    expect(css).toBe('');
  }, 30_000);

  it('leaves out the components a page does not use', async () => {
    const { js } = await bundle('Button');
    expect(js).not.toMatch(/Témoignage anonyme|Fil d’Ariane|Navigation principale/);
    expect(js).not.toMatch(/repeat\(12/);
  }, 30_000);

  it('leaves out the token contract and its vanilla-extract runtime', async () => {
    const { js } = await bundle('Header, EventCard, KeyFigure');
    expect(js).not.toMatch(/createGlobalThemeContract|@vanilla-extract\/css/);
  }, 30_000);
});
