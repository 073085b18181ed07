import { textBlock } from '@blason/templates';
import { describe, expect, it } from 'vitest';
import { lineFaults } from './checks.js';
import { type DrawnBox, designCases, designVisual, drawnVisual, sampleVisual, textSvg } from './support.js';

describe('line breaks of every template × format × partner', () => {
  it.each(designCases().map((c) => [c.key, c] as const))('%s', async (_key, c) => {
    const visual = await designVisual(c);
    // Lockup lines are set line by line from the partner's tokens: they never wrap.
    expect(visual.boxes.filter((b) => b.box.maxLines > 1).flatMap(lineFaults)).toEqual([]);
  });
});

describe('the line check can fail', () => {
  it('catches a short word at a line end and a lone last word, drawn without the text layer’s rules', async () => {
    const { visual } = await sampleVisual();
    const box = {
      ...(visual.layout.text[0] as DrawnBox['box']),
      field: 'bad',
      text: 'Imaginer ensemble les paysages de demain',
    };
    const fit = { fontSize: 60, lineHeight: 1.2 };
    // A plain block: no short words bound, no balancing.
    const plain = {
      type: 'div',
      key: null,
      props: {
        style: {
          display: 'block',
          width: 500,
          fontSize: 60,
          lineHeight: 1.2,
          fontFamily: box.style.fontFamily,
        },
        children: box.text,
      },
    };
    const svg = await textSvg(plain, { width: 600, height: 1200 });
    const drawn = drawnVisual(
      { ...visual.layout, text: [{ ...box, x: 0, y: 0, width: 500, height: 1200 }] },
      { bad: fit },
      svg,
    );
    const faults = (drawn.boxes[0] && lineFaults(drawn.boxes[0])) ?? [];
    expect(
      faults.some((f) => /ends on/.test(f)),
      JSON.stringify(drawn.boxes[0]?.lines),
    ).toBe(true);
    expect(
      faults.some((f) => /single word on the last line/.test(f)),
      JSON.stringify(faults),
    ).toBe(true);
    // The same text through the text layer passes.
    const good = await textSvg(textBlock({ ...box, width: 500 }, fit), { width: 600, height: 1200 });
    const fixed = drawnVisual(
      { ...visual.layout, text: [{ ...box, x: 0, y: 0, width: 500, height: 1200 }] },
      { bad: fit },
      good,
    );
    expect(fixed.boxes[0] && lineFaults(fixed.boxes[0])).toEqual([]);
  });
});
