import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partners } from '@blason/theme/sample';
import { describe, expect, it } from 'vitest';

// turbo builds the site before testing it, the way a partner would: from the published packages.
const distDir = join(import.meta.dirname, '..', 'dist');
const assetsDir = join(distDir, 'assets');

function builtCss(): string {
  const files = readdirSync(assetsDir).filter((name) => name.endsWith('.css'));
  return files.map((name) => readFileSync(join(assetsDir, name), 'utf8')).join('\n');
}

function usedVariables(css: string): Set<string> {
  return new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] as string));
}

function declaredVariables(css: string): Set<string> {
  return new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1] as string));
}

describe('the partner site built from the published packages', () => {
  const css = builtCss();

  it('links its stylesheet and script from index.html', () => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="stylesheet"[^>]+assets\/index-[\w-]+\.css/);
    expect(html).toMatch(/<script type="module"[^>]+assets\/index-[\w-]+\.js/);
    expect(html).toMatch(/<html lang="fr"/);
  });

  it('defines every CSS variable its components use', () => {
    const declared = declaredVariables(css);
    const missing = [...usedVariables(css)].filter((name) => !declared.has(name));
    expect(missing).toEqual([]);
  });

  it('themes every partner of the tokens, in every screen mode', () => {
    expect(partners.length).toBeGreaterThanOrEqual(6);
    for (const { id } of partners) {
      for (const mode of ['light', 'dark', 'high-contrast']) {
        const selector = new RegExp(`\\[data-partner="?${id}"?\\]\\[data-mode="?${mode}"?\\]`);
        expect(selector.test(css), `${id} × ${mode}`).toBe(true);
      }
    }
  });

  it('ships the brand fonts as files of its own, with no remote URL', () => {
    for (const family of ['Atkinson Hyperlegible Next', 'Bricolage Grotesque']) {
      expect(css).toMatch(new RegExp(`@font-face\\s*\\{[^}]*font-family:\\s*["']?${family}`));
    }
    const fonts = [...css.matchAll(/url\(([^)]+\.woff2)\)/g)].map((match) => match[1] as string);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(readdirSync(assetsDir)).toContain(font.replace(/^.*\//, ''));
    expect(/url\(\s*["']?https?:/.test(css)).toBe(false);
  });
});
