import { formatProblem } from '@blason/core';
import { describe, expect, test } from 'vitest';
import { analyzeBrand, loadBrand } from '../src/index.js';
import { tempBrand } from './support/temp.js';

describe('loadBrand on a complete brand', async () => {
  const dir = await tempBrand({ partners: 3 });

  test('finds no problem', async () => {
    const { problems } = await analyzeBrand(dir);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('lists partners, axes and modes from the resolver and metadata', async () => {
    const brand = await loadBrand({ tokensDir: dir });
    expect(brand.partners.map((p) => p.id)).toEqual(['territoire', 'partenaire-01', 'partenaire-02']);
    expect(brand.modes).toEqual(['light', 'dark', 'high-contrast', 'print']);
    expect(brand.axes.map((a) => a.id)).toContain('vie-quotidienne');
    expect(brand.defaults).toEqual({ partner: 'territoire', mode: 'light' });
  });

  test('resolves a theme to hex, px, ms and typed composites', async () => {
    const brand = await loadBrand({ tokensDir: dir });
    const theme = brand.theme('partenaire-01', 'light');
    expect(theme.color.text.default).toBe('#1a1f24');
    expect(theme.color.surface.default).toBe('#ffffff');
    expect(theme.color.accent.default).toMatch(/^#[0-9a-f]{6}$/);
    expect(theme.color.axis.culture?.onSurface).toBe('#ffffff');
    expect(theme.space[4]).toBe(16);
    expect(theme.font.family.body).toEqual(['Atkinson Hyperlegible Next', 'sans-serif']);
    expect(theme.font.weight.semibold).toBe(600);
    expect(theme.font.letterSpacing.wide).toBe(0.8);
    expect(theme.duration.normal).toBe(200);
    expect(theme.easing.standard).toEqual([0.2, 0, 0, 1]);
    expect(theme.text.headline).toEqual({
      fontFamily: ['Bricolage Grotesque', 'sans-serif'],
      fontWeight: 700,
      fontSize: 36,
      lineHeight: 1.1,
      letterSpacing: 0,
    });
    expect(theme.shadow.sm).toEqual([
      { color: '#0f12171f', offsetX: 0, offsetY: 1, blur: 2, spread: 0, inset: false },
    ]);
    expect(theme.format.story).toEqual({
      kind: 'screen',
      width: 1080,
      height: 1920,
      safeZone: { top: 250, right: 64, bottom: 340, left: 64 },
    });
    expect(theme.format['poster-a4']).toEqual({
      kind: 'print',
      trimWidth: 210,
      trimHeight: 297,
      bleed: 3,
      safeMargin: 10,
    });
    expect(theme.logo.minSize).toEqual({ screen: 80, print: 20 });
  });

  test('gives print CMYK through aliases and by hex', async () => {
    const brand = await loadBrand({ tokensDir: dir });
    const theme = brand.theme('territoire', 'print');
    const cmyk = theme.print.cmyk('color.text.default');
    expect(cmyk).toEqual(theme.print.cmyk('palette.neutral.900'));
    expect(cmyk).toHaveLength(4);
    expect(theme.print.cmykOfHex(theme.color.text.default.toUpperCase())).toEqual(cmyk);
    expect(theme.print.cmyk('space.4')).toBeUndefined();
  });

  test('differs between partners and modes', async () => {
    const brand = await loadBrand({ tokensDir: dir });
    expect(brand.theme('territoire', 'light').color.accent.default).not.toBe(
      brand.theme('partenaire-02', 'light').color.accent.default,
    );
    expect(brand.theme('territoire', 'dark').color.text.default).not.toBe(
      brand.theme('territoire', 'light').color.text.default,
    );
  });

  test('refuses an unknown partner or mode with the known ones', async () => {
    const brand = await loadBrand({ tokensDir: dir });
    expect(() => brand.theme('nobody', 'light')).toThrow(
      /unknown partner "nobody"[\s\S]*territoire, partenaire-01/,
    );
    expect(() => brand.theme('territoire', 'sepia')).toThrow(/unknown mode "sepia"/);
  });
});
