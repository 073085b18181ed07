// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { vars } from '../src/theme/contract.js';
import { buildLibraryCss, referencedVariables } from './built-css.js';

function contractNames(node: unknown, out = new Set<string>()): Set<string> {
  if (typeof node === 'string') out.add(node.replace(/^var\(--|\)$/g, ''));
  else for (const child of Object.values(node as object)) contractNames(child, out);
  return out;
}

let css: Map<string, string>;
const stylesheet = () => css.get('styles.css') ?? '';
beforeAll(async () => {
  css = await buildLibraryCss();
}, 60_000);

describe('the extracted CSS of the library', () => {
  it('is one stylesheet, styles.css, with the fonts as files beside it', () => {
    expect([...css.keys()]).toEqual(['styles.css']);
    const faces = [...stylesheet().matchAll(/@font-face\s*\{[^}]*\}/g)].map((match) => match[0]);
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) {
      expect(face).toMatch(/src: url\(\.\/fonts\/[\w-]+\.woff2\) format\('woff2'\)/);
      expect(face).not.toMatch(/data:|https?:/);
    }
    const families = new Set(faces.map((face) => /font-family: '([^']+)'/.exec(face)?.[1]));
    expect([...families].sort()).toEqual(['Atkinson Hyperlegible Next', 'Bricolage Grotesque']);
  });

  it('gives the page and every themed element the body typography, text colour and background', () => {
    const base = /:root, \[data-partner\], \[data-mode\] \{([^}]*)\}/.exec(stylesheet())?.[1] ?? '';
    expect(base).toContain('font-family: var(--blason-font-family-body)');
    expect(base).toContain('color: var(--blason-color-text-default)');
    expect(base).toContain('background-color: var(--blason-color-surface-default)');
  });

  it('reads only variables of the token contract', () => {
    const known = contractNames(vars);
    const unknown = [...css].flatMap(([file, text]) =>
      [...referencedVariables(text)].filter((name) => !known.has(name)).map((name) => `${file}: --${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('hard-codes no colour and no font: the brand comes from the tokens', () => {
    // the @font-face rules name the families the font tokens ask for
    const literals = [...css].flatMap(([file, text]) =>
      [
        ...text
          .replace(/@font-face\s*\{[^}]*\}/g, '')
          .matchAll(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|lab)\(|font-family:(?!\s*var\()[^;]+/gi),
      ].map((match) => `${file}: ${match[0]}`),
    );
    expect(literals).toEqual([]);
  });

  it('spaces the co-branding lockup and sizes its wordmark from the lockup tokens', () => {
    const lockup = stylesheet();
    expect(lockup).toMatch(/padding: calc\(var\(--blason-logo-clear-space\) \* 1cap\)/);
    expect(lockup).toMatch(/gap: calc\(var\(--blason-logo-lockup-gap\) \* 1cap\)/);
    expect(lockup).toMatch(/min-width: var\(--blason-logo-min-size-screen\)/);
    expect(lockup).toContain('var(--blason-logo-lockup-divider-width)');
    expect(lockup).toContain('var(--blason-logo-lockup-partner-name-scale)');
  });

  it('stops animations and transitions for readers who ask for reduced motion', () => {
    const all = stylesheet();
    expect(all).toMatch(/animation:|transition-duration:/);
    expect(all).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
    expect(all).toMatch(/:focus-visible/);
  });
});

describe('the library CSS with the brand CSS', () => {
  it('finds every variable it reads defined for every partner × mode', async () => {
    const { JSDOM } = await import('jsdom');
    const { partners, modes } = await import('@blason/theme/sample');
    const { brandCss } = await import('./brand-css.js');
    const dom = new JSDOM(`<!doctype html><html><head><style>${brandCss()}</style></head></html>`);
    const root = dom.window.document.documentElement;
    const read = new Set([...css.values()].flatMap((text) => [...referencedVariables(text)]));
    const missing: string[] = [];
    for (const { id } of partners) {
      for (const mode of modes) {
        root.setAttribute('data-partner', id);
        root.setAttribute('data-mode', mode);
        const computed = dom.window.getComputedStyle(root);
        for (const name of read) {
          if (computed.getPropertyValue(`--${name}`).trim() === '')
            missing.push(`${id} × ${mode}: --${name}`);
        }
      }
    }
    expect(read.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
