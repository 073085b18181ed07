import { templates } from '@blason/templates';
import { describe, expect, test } from 'vitest';
import { textFields } from '../src/browser.js';
import type { TextStyle } from '../src/engine/fit.js';
import { measureLayout } from '../src/engine/measure-cache.js';
import { minContentBound } from '../src/engine/min-content.js';
import { joinHyphenatedWords } from '../src/engine/text.js';
import { nodeFonts } from '../src/node/fonts.js';

const fonts = nodeFonts();
const family = ['Atkinson Hyperlegible Next', 'Bricolage Grotesque'];

/** Satori's own min-content width of each text, as `fitText` measures it. */
async function minContentWidths(
  texts: readonly string[],
  style: TextStyle,
  fontSize: number,
): Promise<number[]> {
  const widths = new Map<string, number>();
  await measureLayout(
    texts.map((text, index) => ({
      type: 'div',
      key: `w${index}`,
      props: {
        'data-w': `w${index}`,
        style: {
          display: 'block',
          width: 'min-content',
          fontFamily: [style.fontFamily].flat().join(', '),
          fontWeight: style.fontWeight ?? 400,
          fontStyle: style.fontStyle ?? 'normal',
          letterSpacing: style.letterSpacing ?? 0,
          textTransform: style.textTransform ?? 'none',
          fontSize,
        },
        children: joinHyphenatedWords(text),
      },
    })),
    fonts,
    (node) => {
      const id = node.props?.['data-w'];
      if (typeof id === 'string') widths.set(id, node.width);
    },
  );
  return texts.map((_, index) => widths.get(`w${index}`) as number);
}

const tricky = [
  'Anticonstitutionnellement',
  'Inscrivez-vous avant le 12 mars !',
  'Bienvenue ! Êtes-vous prêts ?',
  '« Un territoire qui ose » (Saint-Omer)',
  '( ouvert ) : 9 h – 18 h',
  'WWWWWWW MMMMMMM',
  'Straße große Maßnahme',
  'fi ffi fl ﬁnances',
  '1 250 000 € d’investissements',
  'https://www.exemple.fr/inscription/journee-des-elus',
  'Audomarois\nPays de Lumbres',
  'Bienvenue\n! Ouvert\n: 9 h',
  'Projet, séquences, bilan : une journée.',
  '(ouvert) tous les jours ; « Bonjour » dit-il… fin',
  '¿ Qué tal ? ( entre parenthèses ) — tiret',
  '1,5 km 25 % 2024 2025',
];

const styles: ReadonlyArray<{ readonly name: string; readonly style: TextStyle }> = [
  { name: 'regular', style: { fontFamily: family } },
  { name: 'heavy', style: { fontFamily: family, fontWeight: 800 } },
  { name: 'italic', style: { fontFamily: family, fontStyle: 'italic', fontWeight: 500 } },
  {
    name: 'capitals spaced',
    style: { fontFamily: family, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 6 },
  },
  { name: 'tight', style: { fontFamily: ['Bricolage Grotesque'], fontWeight: 700, letterSpacing: -2 } },
];

const examples = [
  ...new Set(
    Object.values(templates).flatMap((template) => textFields(template.example).map((field) => field.text)),
  ),
];

describe('minContentBound', () => {
  for (const { name, style } of styles) {
    test(`is never below the min-content width satori lays out (${name})`, async () => {
      for (const fontSize of [18, 44, 120]) {
        const texts = [...tricky, ...examples];
        const measured = await minContentWidths(texts, style, fontSize);
        texts.forEach((text, index) => {
          const bound = minContentBound(joinHyphenatedWords(text), style, fontSize, fonts);
          expect(bound, `${text} at ${fontSize} px`).toBeGreaterThanOrEqual(measured[index] as number);
        });
      }
    });
  }

  test('stays close enough to skip the layout of most texts', async () => {
    const style: TextStyle = { fontFamily: family, fontWeight: 700 };
    const measured = await minContentWidths(examples, style, 44);
    examples.forEach((text, index) => {
      const width = measured[index] as number;
      const bound = minContentBound(joinHyphenatedWords(text), style, 44, fonts);
      expect(bound, text).toBeLessThan(2 * width);
    });
  });

  test('counts a space that cannot break as part of its run', () => {
    const style: TextStyle = { fontFamily: family };
    const apart = minContentBound('Bienvenue', style, 40, fonts);
    expect(minContentBound('Bienvenue !', style, 40, fonts)).toBeGreaterThan(apart);
    expect(minContentBound('Bienvenue tous', style, 40, fonts)).toBeCloseTo(apart, 5);
  });
});
