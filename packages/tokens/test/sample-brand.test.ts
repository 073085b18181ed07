import { formatProblem } from '@blason/core';
import { describe, expect, test } from 'vitest';
import { checkTokens, loadBrand } from '../src/index.js';

const tokensDir = new URL('../../../tokens', import.meta.url).pathname;

describe('the repository sample brand (tokens/)', () => {
  test('passes every check with zero problems, warnings included', async () => {
    expect((await checkTokens({ tokensDir })).map(formatProblem)).toEqual([]);
  });

  test('has the six partners, four modes and six axes of docs/TOKENS.md', async () => {
    const brand = await loadBrand({ tokensDir });
    expect(brand.partners.map((p) => p.id)).toEqual([
      'territoire',
      'capso',
      'pays-de-lumbres',
      'agence-eco',
      'office-tourisme',
      'agence-urbanisme',
    ]);
    expect(brand.modes).toEqual(['light', 'dark', 'high-contrast', 'print']);
    expect(brand.axes.map((a) => a.id)).toEqual([
      'economie',
      'innovation',
      'culture',
      'tourisme',
      'commerce',
      'vie-quotidienne',
    ]);
    const theme = brand.theme('capso', 'light');
    expect(theme.format['instagram-square']).toMatchObject({ kind: 'screen', width: 1080, height: 1080 });
    expect(theme.format['poster-a3']).toMatchObject({
      kind: 'print',
      trimWidth: 297,
      trimHeight: 420,
      bleed: 3,
    });
    expect(brand.theme('capso', 'print').print.cmyk('color.brand.default')).toHaveLength(4);
  });
});
