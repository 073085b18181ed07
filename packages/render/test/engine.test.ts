import { isBlasonError } from '@blason/core';
import { type FieldFit, lineUnits, textBlock } from '@blason/templates';
import satori from 'satori';
import { describe, expect, test } from 'vitest';
import {
  type FitRequest,
  findMissingGlyphs,
  fitText,
  joinHyphenatedWords,
  renderSvg,
} from '../src/browser.js';
import { nodeFonts } from '../src/node/fonts.js';

const fonts = nodeFonts();
const style = { fontFamily: ['Atkinson Hyperlegible Next'], fontWeight: 700 };
const steps = [
  { fontSize: 96, lineHeight: 1.1 },
  { fontSize: 72, lineHeight: 1.1 },
  { fontSize: 56, lineHeight: 1.15 },
  { fontSize: 40, lineHeight: 1.2 },
];
const box = (text: string, extra: Partial<FitRequest> = {}): FitRequest => ({
  field: 'titre',
  text,
  width: 800,
  height: 240,
  steps,
  maxLines: 3,
  style,
  ...extra,
});

async function rejection(promise: Promise<unknown>): Promise<Error & { problems?: { message: string }[] }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('fitText', () => {
  test('keeps the largest step when the text fits', async () => {
    const fitted = await fitText([box('Journée des élus')], fonts);
    expect(fitted.titre).toMatchObject({ fontSize: 96, step: 0, lines: 1 });
  });

  test('shrinks a longer text to the largest step that fits, measured by satori', async () => {
    const text = 'Marketing territorial : une journée de formation pour travailler ensemble';
    const fitted = await fitText([box(text)], fonts);
    const chosen = fitted.titre;
    expect(chosen?.step).toBeGreaterThan(0);
    expect(chosen?.height).toBeLessThanOrEqual(240);
    expect(chosen?.lines).toBeLessThanOrEqual(3);
    // The step just above must not fit: it is the largest one that does.
    const above = steps[(chosen?.step ?? 1) - 1];
    const tooBig = await rejection(fitText([box(text, { steps: [above as (typeof steps)[0]] })], fonts));
    expect(isBlasonError(tooBig)).toBe(true);
  });

  test('finds the largest fitting size among many, as measuring every size in turn would', async () => {
    // Sizes fitted between steps (every 4 px): the search starts from a predicted size.
    const many = Array.from({ length: 15 }, (_, i) => ({ fontSize: 96 - 4 * i, lineHeight: 1.1 }));
    const texts = [
      'Marketing territorial : une journée de formation pour travailler ensemble',
      'Le marais audomarois se découvre autrement',
      'Intercommunalité',
      'Un titre un peu long pour deux lignes seulement',
    ];
    for (const [index, text] of texts.entries()) {
      const request = box(text, { field: `t${index}`, steps: many, height: 200 + 40 * index });
      const fitted = (await fitText([request], fonts))[request.field];
      // Each size on its own: the largest one that fits.
      let expected = -1;
      for (const [step, size] of many.entries()) {
        const alone = await fitText([{ ...request, steps: [size] }], fonts).catch(() => undefined);
        if (alone) {
          expected = step;
          break;
        }
      }
      expect(fitted?.step, text).toBe(expected);
    }
  });

  test('fails below the smallest step, naming the field and the overflow in French', async () => {
    const text = 'Un titre beaucoup trop long pour sa zone '.repeat(6);
    const error = await rejection(fitText([box(text)], fonts));
    expect(isBlasonError(error)).toBe(true);
    const message = error.problems?.[0]?.message ?? '';
    expect(message).toContain('« titre » est trop long');
    expect(message).toMatch(/\d+ px de trop/);
    expect(message).toContain('40 px');
  });

  test('reports a word wider than its box instead of letting it overflow sideways', async () => {
    const error = await rejection(fitText([box('Anticonstitutionnellement', { width: 300 })], fonts));
    expect(error.problems?.[0]?.message).toContain('le mot « Anticonstitutionnellement »');
  });

  test('keeps a hyphenated word on one line', async () => {
    const narrow = box('Inscrivez-vous', { width: 400, steps: [{ fontSize: 72, lineHeight: 1.1 }] });
    const error = await rejection(fitText([narrow], fonts));
    expect(error.problems?.[0]?.message).toContain('le mot « Inscrivez-vous »');
    expect(joinHyphenatedWords('Saint-Omer – 2026')).toBe('Saint\u2060-\u2060Omer – 2026');
  });
});

describe('fitText with the templates’ text block', () => {
  const summary =
    'Une demi-journée d’initiation pour distinguer le marketing de la communication et découvrir les repères de l’attractivité territoriale.';
  const request = {
    field: 'summary',
    text: summary,
    width: 560,
    height: 400,
    steps: [{ fontSize: 28, lineHeight: 1.4 }],
    style: { fontFamily: 'Atkinson Hyperlegible Next', fontWeight: 400 },
    align: 'start' as const,
  };
  const options = { block: textBlock, units: (r: typeof request) => lineUnits(r.text) };

  /** Each drawn line's width and the block's height, as satori lays the block out. */
  async function drawn(fit: FieldFit): Promise<{ widths: number[]; height: number }> {
    const widths: number[] = [];
    let height = 0;
    await satori(
      {
        type: 'div',
        key: null,
        props: { 'data-block': true, style: { display: 'flex' }, children: textBlock(request, fit) },
      },
      {
        width: 1000,
        fonts: fonts.satori,
        embedFont: false,
        onNodeDetected: (node) => {
          if (typeof node.props?.['data-line'] === 'number') widths[node.props['data-line']] = node.width;
          if (node.props?.['data-block']) height = node.height;
        },
      },
    );
    return { widths, height };
  }

  test('breaks a text of several lines evenly, on as many lines as it wraps to, each within the box', async () => {
    const fit = (await fitText([request], fonts, options)).summary as FieldFit & { lines: number };
    expect(fit.lineTexts).toHaveLength(fit.lines);
    expect(fit.lineTexts?.join(' ')).toBe(lineUnits(summary)?.join(' '));
    // Not the greedy fill of a balanced wrap, which leaves « pour » at the end of the first line.
    expect(fit.lineTexts?.[0]?.endsWith('pour')).toBe(false);
    const { widths, height } = await drawn(fit);
    expect(widths).toHaveLength(fit.lines);
    for (const width of widths) expect(width).toBeLessThanOrEqual(request.width);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(request.width * 0.25);
    // The lines take the height the fit measured with the text wrapping by itself.
    expect(height).toBe(fit.height);
  });

  test('keeps a run that must not break inside its box when the box aligns it right', async () => {
    // Right-aligned, a URL too long for the box overflows to the left, where nothing else sees it.
    const url = {
      ...request,
      field: 'shortUrl',
      text: 'pays-de-saint-omer.example/mandat',
      width: 485,
      height: 60,
      maxLines: 1,
      align: 'end' as const,
      steps: [40, 36, 32, 28, 24].map((fontSize) => ({ fontSize, lineHeight: 1.25 })),
      style: { fontFamily: 'Atkinson Hyperlegible Next', fontWeight: 600 },
    };
    const fit = (await fitText([url], fonts, options)).shortUrl as FieldFit;
    let block = { left: 0, width: 0 };
    const runs: Array<{ left: number; width: number }> = [];
    await satori(
      {
        type: 'div',
        key: null,
        props: {
          style: { display: 'flex', paddingLeft: 100 },
          children: { ...textBlock(url, fit), props: { ...textBlock(url, fit).props, 'data-block': true } },
        },
      },
      {
        width: 1000,
        fonts: fonts.satori,
        embedFont: false,
        onNodeDetected: (node) => {
          if (node.props?.['data-block']) block = node;
          else if (node.type === 'span') runs.push(node);
        },
      },
    );
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(run.left).toBeGreaterThanOrEqual(block.left - 0.5);
      expect(run.left + run.width).toBeLessThanOrEqual(block.left + url.width + 0.5);
    }
    expect(fit.fontSize).toBeLessThan(40);
  });

  test('leaves a one-line text, a text of too many units and a text without units to wrap by themselves', async () => {
    const short = { ...request, text: 'Une demi-journée d’initiation' };
    expect((await fitText([short], fonts, options)).summary?.lineTexts).toBeUndefined();
    expect((await fitText([request], fonts, { block: textBlock })).summary?.lineTexts).toBeUndefined();
    const long = {
      ...request,
      text: Array.from({ length: 50 }, (_, i) => `mot${i}`).join(' '),
      height: 2000,
    };
    expect((await fitText([long], fonts, options)).summary?.lineTexts).toBeUndefined();
    const noUnits = { block: textBlock, units: () => undefined };
    expect((await fitText([request], fonts, noUnits)).summary?.lineTexts).toBeUndefined();
  });
});

describe('findMissingGlyphs', () => {
  test('names the character, its code point and the field', () => {
    const problems = findMissingGlyphs([{ path: 'citation.texte', text: 'Bonjour ☃ !' }], fonts);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('U+2603');
    expect(problems[0]?.message).toContain('« citation.texte »');
  });

  test('accepts French typography: narrow no-break space, apostrophe, guillemets, ligatures', () => {
    const text = '« L’attractivité du Pays de Saint-Omer » : 2\u202F190 jours ! Œuvre, 1er, élu·e·s, €';
    expect(findMissingGlyphs([{ path: 'titre', text }], fonts)).toEqual([]);
  });
});

describe('renderSvg', () => {
  test('renders an element at the format size with embedded glyph paths', async () => {
    const element = {
      type: 'div',
      props: { style: { fontFamily: 'Atkinson Hyperlegible Next' }, children: 'Bonjour' },
    };
    const svg = await renderSvg(element as never, { width: 400, height: 200 }, fonts);
    expect(svg).toMatch(/^<svg width="400" height="200"/);
    expect(svg).toContain('<path');
  });

  test('refuses a remote image before satori can fetch it', async () => {
    const element = { type: 'img', props: { src: 'https://example.org/photo.jpg', width: 10, height: 10 } };
    const error = await rejection(renderSvg(element as never, { width: 10, height: 10 }, fonts));
    expect(error.problems?.[0]?.message).toContain('https://example.org/photo.jpg');
  });
});
