import { formatProblem, type Problem } from '@blason/core';
import { describe, expect, test } from 'vitest';
import { expandPair } from '../src/check/contrast.js';
import { checkTokens, contrastRatio } from '../src/index.js';
import { editJson, tempBrand } from './support/temp.js';

const codes = (problems: Problem[]) => problems.map((p) => p.code);

describe('contrastRatio', () => {
  test('matches WCAG 2.1 reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  test('lays a translucent foreground on its background first', () => {
    expect(contrastRatio('#00000080', '#ffffff')).toBeCloseTo(contrastRatio('#7f7f7f', '#ffffff'), 2);
  });
});

describe('expandPair', () => {
  const definitions = new Map(
    [
      'color.axis.culture.surface',
      'color.axis.culture.onSurface',
      'color.axis.commerce.surface',
      'color.axis.commerce.onSurface',
    ].map((path) => [path, undefined as never]),
  );
  test('binds * to the same segment on both sides', () => {
    expect(expandPair('color.axis.*.onSurface', 'color.axis.*.surface', { definitions })).toEqual([
      ['color.axis.commerce.onSurface', 'color.axis.commerce.surface'],
      ['color.axis.culture.onSurface', 'color.axis.culture.surface'],
    ]);
  });
});

describe('checkTokens contrast gate', () => {
  test('a complete brand passes', async () => {
    const dir = await tempBrand({ partners: 2 });
    expect((await checkTokens({ tokensDir: dir })).map(formatProblem)).toEqual([]);
  });

  test('a failing pair prints both values and the ratio', async () => {
    const dir = await tempBrand({ partners: 2 });
    await editJson(dir, 'modes/light.tokens.json', (json) => {
      json.color.text.muted.$value = '{palette.neutral.400}';
    });
    const problems = await checkTokens({ tokensDir: dir });
    const failing = problems.filter((p) => p.code === 'contrast/insufficient');
    expect(failing.length).toBeGreaterThan(0);
    const onDefault = failing.find((p) => p.message.includes('on color.surface.default'));
    expect(onDefault?.path).toBe('color.text.muted');
    expect(onDefault?.file).toMatch(/modes\/light\.tokens\.json$/);
    expect(onDefault?.message).toBe(
      'contrast 2.58:1 of color.text.muted (#98a2ae) on color.surface.default (#ffffff) is below 4.5:1 for text [in territoire/light, partenaire-01/light]',
    );
  });

  test('high-contrast mode asks 7:1 for text', async () => {
    const dir = await tempBrand({ partners: 1 });
    await editJson(dir, 'modes/high-contrast.tokens.json', (json) => {
      json.color.text.muted.$value = '{palette.neutral.600}'; // 6.6:1 on white: fine in light, not here
    });
    const problems = await checkTokens({ tokensDir: dir });
    expect(problems.find((p) => p.code === 'contrast/insufficient')?.message).toMatch(
      /^contrast 6\.\d+:1 of color\.text\.muted \(#535d69\) on color\.surface\.default \(#ffffff\) is below 7:1 for text \[in territoire\/high-contrast\]$/,
    );
  });

  test('every thematic axis colour is checked', async () => {
    const dir = await tempBrand({ partners: 1 });
    await editJson(dir, 'modes/dark.tokens.json', (json) => {
      json.color.axis.tourisme.onSurface.$value = '{palette.white}';
    });
    const problems = await checkTokens({ tokensDir: dir });
    const failing = problems.find((p) => p.code === 'contrast/insufficient');
    expect(failing?.message).toContain(
      'of color.axis.tourisme.onSurface (#ffffff) on color.axis.tourisme.surface',
    );
    // Named where the failing mode defines it, not where the first mode does.
    expect(failing?.file).toMatch(/modes\/dark\.tokens\.json$/);
  });

  test('a pair naming an unknown token is reported in pairs.json', async () => {
    const dir = await tempBrand({ partners: 1 });
    await editJson(dir, 'contrast/pairs.json', (json) => {
      json.pairs.push({ kind: 'ui', foreground: 'color.border.loud', background: 'color.surface.default' });
    });
    const problems = await checkTokens({ tokensDir: dir });
    expect(codes(problems)).toEqual(['contrast/unknown-token']);
    expect(problems[0]?.file).toMatch(/contrast\/pairs\.json$/);
  });

  test('an invalid pairs file', async () => {
    const dir = await tempBrand({ partners: 1 });
    await editJson(dir, 'contrast/pairs.json', (json) => {
      json.pairs[0].kind = 'huge';
    });
    expect(codes(await checkTokens({ tokensDir: dir }))).toEqual(['contrast/invalid-pairs']);
  });
});
