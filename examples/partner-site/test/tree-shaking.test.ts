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

const visuallyHidden = /clip: rect\(0 0 0 0\)/;
const focusRing =
  /:focus-visible\s*\{\s*outline: var\(--blason-border-width-focus\) solid var\(--blason-color-focus-ring\)/;
const sprinklesGrid = /repeat\(12, minmax\(0, 1fr\)\)/;

describe('@blason/react in a partner bundle', () => {
  it('brings a component’s shared accessibility CSS along with it', async () => {
    const { css } = await bundle('EventCard');
    expect(css).toMatch(visuallyHidden);
    expect(css).toMatch(focusRing);
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
  }, 30_000);

  it('leaves out the components and the CSS a page does not use', async () => {
    const { js, css } = await bundle('Button');
    expect(js).not.toMatch(/Témoignage anonyme|Fil d’Ariane|Navigation principale/);
    expect(css).not.toMatch(/tabular-nums/);
    expect(css).not.toMatch(sprinklesGrid);
  }, 30_000);

  it('does not pull the layout utilities into a Header', async () => {
    const { css } = await bundle('Header');
    expect(css).toMatch(/var\(--blason-logo-clear-space\)/);
    expect(css).not.toMatch(sprinklesGrid);
  }, 30_000);
});
