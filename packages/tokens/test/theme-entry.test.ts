import { join } from 'node:path';
import Color from 'colorjs.io';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { loadBrand } from '../src/index.js';
import { contrastRatio, PRINT_MODE, semanticGroups } from '../src/theme.js';

const tokensDir = new URL('../../../tokens', import.meta.url).pathname;

/** colorjs.io's WCAG 2.1 ratio of a translucent colour composited as the checks do. */
function colorjsRatio(foreground: string, background: string, backdrop = '#ffffff'): number {
  const flatten = (color: Color, under: Color) => {
    const alpha = color.alpha.valueOf() as number;
    if (alpha >= 1) return color;
    const bottom = under.to('srgb').coords;
    return new Color(
      'srgb',
      color.to('srgb').coords.map((c, i) => (c ?? 0) * alpha + (bottom[i] ?? 0) * (1 - alpha)) as [
        number,
        number,
        number,
      ],
    );
  };
  const base = flatten(new Color(background), new Color(backdrop));
  return flatten(new Color(foreground), base).contrast(base, 'WCAG21');
}

describe('@blason/tokens/theme', () => {
  test('bundles for the browser without node:*, Style Dictionary, zod or colorjs.io', async () => {
    const result = await build({
      entryPoints: [join(import.meta.dirname, '..', 'src', 'theme.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((file) => /node_modules|^node:/.test(file))).toEqual([]);
    expect(inputs.every((file) => file.startsWith('src/') || file.includes('/src/'))).toBe(true);
  });

  test('its contrast ratio is colorjs.io’s, to the last bit, on every colour pair of the sample brand', async () => {
    const brand = await loadBrand({ tokensDir });
    const colours = new Set<string>();
    for (const mode of brand.modes) {
      for (const token of brand.theme(brand.defaults.partner, mode).tokens.values()) {
        if (token.type === 'color' && typeof token.normalized === 'string') colours.add(token.normalized);
      }
    }
    const list = [...colours].slice(0, 60);
    expect(list.length).toBeGreaterThan(20);
    for (const fg of list) {
      for (const bg of list) expect(contrastRatio(fg, bg)).toBe(colorjsRatio(fg, bg));
    }
    expect(contrastRatio('#0000007a', '#1d4ed8cc', '#fafafa')).toBe(
      colorjsRatio('#0000007a', '#1d4ed8cc', '#fafafa'),
    );
  });

  test('refuses a colour that is not hex', () => {
    expect(() => contrastRatio('rgb(0 0 0)', '#ffffff')).toThrow(/not a hex colour/);
  });

  test('the sample brand has the paper mode the contract names', async () => {
    const brand = await loadBrand({ tokensDir });
    expect(brand.modes).toContain(PRINT_MODE);
    expect(semanticGroups['font.size'].names[0]).toBe('xs');
  });
});
