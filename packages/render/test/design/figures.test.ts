import { describe, expect, it } from 'vitest';
import { fonts } from '../support/deps.js';
import { slashedZeroFaces, slashedZeroFaults } from './checks.js';
import { designCases, designVisual, drawnVisual, sampleVisual, textSvg } from './support.js';

/** Dates, times and figures are drawn with a plain zero: « 2027 », « 17 h 30 », not « 2Ø27 ». */
const slashed = slashedZeroFaces(fonts.satori as { name: string; data: ArrayBuffer }[]);

describe('figures of every template × format × partner', () => {
  it('the body face is known to slash its zero (the check has something to catch)', () => {
    expect(slashed.has('atkinson hyperlegible next')).toBe(true);
    expect(slashed.has('bricolage grotesque')).toBe(false);
  });

  for (const c of designCases()) {
    it(c.key, async () => {
      expect(slashedZeroFaults(await designVisual(c), slashed)).toEqual([]);
    });
  }
});

describe('the figure check can fail', () => {
  it('catches a date drawn in the body face', async () => {
    const { visual } = await sampleVisual();
    const date = {
      type: 'div',
      key: null,
      props: {
        style: { fontFamily: 'Atkinson Hyperlegible Next', fontSize: 40 },
        children: 'jeudi 18 mars 2027',
      },
    };
    const svg = await textSvg(date, { width: 800, height: 100 });
    const drawn = drawnVisual({ ...visual.layout, text: [] }, {}, svg);
    expect(slashedZeroFaults(drawn, slashed)).toHaveLength(1);
  });
});
