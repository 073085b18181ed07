import { join } from 'node:path';
import { isBlasonError } from '@blason/core';
import { PRINT_MODE } from '@blason/tokens/theme';
import { describe, expect, test } from 'vitest';
import { copyChannel, formatMedium, renderVisualSvg, visualMode } from '../src/browser.js';
import { composeVisual } from '../src/index.js';
import { fonts, repoRoot, testDeps } from './support/deps.js';

const brand = { modes: ['light', 'dark', PRINT_MODE], defaults: { partner: 'territoire', mode: 'dark' } };

describe('visualMode and copyChannel', () => {
  test('print formats use the paper mode, screens the asked mode or the brand’s default', () => {
    expect(visualMode(brand, 'print', 'light')).toBe(PRINT_MODE);
    expect(visualMode(brand, 'screen')).toBe('dark');
    expect(visualMode(brand, 'screen', 'light')).toBe('light');
    expect(visualMode(brand, 'screen', PRINT_MODE)).toBe('dark');
    expect(copyChannel('print')).toBe('print');
    expect(copyChannel('screen')).toBe('social');
  });

  test('an unknown mode, or a brand without the paper mode, is refused', () => {
    expect(() => visualMode(brand, 'screen', 'sepia')).toThrow(/unknown mode "sepia"/);
    expect(() => visualMode({ ...brand, modes: ['light', 'dark'] }, 'print')).toThrow(/paper mode/);
  });

  test('a format’s medium comes from its tokens', async () => {
    const deps = await testDeps();
    expect(formatMedium(deps.brand, 'capso', 'poster-a4')).toBe('print');
    expect(formatMedium(deps.brand, 'capso', 'linkedin')).toBe('screen');
  });
});

describe('renderVisualSvg', () => {
  const request = async (content: unknown, format = 'linkedin') => {
    const deps = await testDeps();
    return {
      brand: deps.brand,
      template: deps.templates.citation ?? expect.unreachable('no citation template'),
      partner: 'capso',
      format,
      content,
      linter: deps.linter,
      fonts,
      file: 'studio',
      brandName: deps.brandName,
      ...(deps.pictogram ? { pictogram: deps.pictogram } : {}),
      ...(deps.textBlock ? { textBlock: deps.textBlock } : {}),
    };
  };

  test('draws the SVG and alt text the Node pipeline draws', async () => {
    const deps = await testDeps();
    const content = deps.templates.citation?.example;
    for (const format of ['linkedin', 'poster-a4']) {
      const visual = await renderVisualSvg(await request(content, format));
      const composed = await composeVisual(
        {
          key: `capso/citation/${format}`,
          campaign: {
            id: 'citation',
            file: join(repoRoot, 'assets', 'campaigns', 'citation.yaml'),
            template: 'citation',
            content: content as Record<string, unknown>,
          },
          partner: 'capso',
          format,
          mode: visual.mode,
          outputs: ['svg'],
          outDir: '',
          hash: '',
        },
        deps,
        fonts,
      );
      expect(visual.mode).toBe(format === 'poster-a4' ? PRINT_MODE : deps.brand.defaults.mode);
      expect(visual.svg).toBe(composed.svg);
      expect(visual.alt).toBe(composed.alt);
      expect(visual.fitted).toEqual(composed.fitted);
    }
  });

  test('invalid content is refused with French problems naming each field', async () => {
    const error = await renderVisualSvg(await request({ quote: 42 })).catch((e: unknown) => e);
    expect(isBlasonError(error)).toBe(true);
    const problems = (error as { problems: { path?: string; message: string }[] }).problems;
    expect(problems.map((p) => p.path)).toContain('content.quote');
    expect(problems.find((p) => p.path === 'content.quote')?.message).toMatch(/texte attendu, nombre reçu/);
  });
});
