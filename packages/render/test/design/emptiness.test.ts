import { describe, expect, it } from 'vitest';
import { emptyShare, MAX_EMPTY } from './checks.js';
import { EMPTINESS_GAPS } from './layout-gaps.js';
import { designCases, designVisual, sampleVisual } from './support.js';

describe('empty share of the safe area of every template × format × partner', () => {
  for (const c of designCases()) {
    // A listed case is a known layout gap (see layout-gaps.ts): it must keep failing until fixed.
    (EMPTINESS_GAPS.has(c.key) ? it.fails : it)(c.key, async () => {
      const share = emptyShare(await designVisual(c));
      expect(share, `${Math.round(share * 100)} % of the safe area is empty`).toBeLessThanOrEqual(MAX_EMPTY);
    });
  }
});

describe('the emptiness check can fail', () => {
  it('catches a visual whose text and graphics fill a corner only', async () => {
    const { visual } = await sampleVisual('evenement', 'instagram-square');
    const corner = {
      ...visual,
      pieces: visual.pieces.slice(0, 1),
      boxes: [],
      layout: { ...visual.layout, graphics: {} },
    };
    expect(emptyShare(corner)).toBeGreaterThan(MAX_EMPTY);
  });
});
