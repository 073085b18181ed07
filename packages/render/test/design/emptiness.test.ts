import { describe, expect, it } from 'vitest';
import { emptyShare, MAX_EMPTY, MIN_TILE_INK, tileInk } from './checks.js';
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

  it("counts a key figure's tile as its block, and a tile its figure leaves mostly empty as empty", async () => {
    const { visual } = await sampleVisual('chiffres-cles', 'instagram-square');
    const tiles = Object.entries(visual.layout.graphics).filter(([, g]) => g?.kind === 'tile');
    expect(tiles).toHaveLength(4);
    expect(emptyShare(visual)).toBeLessThanOrEqual(MAX_EMPTY);
    // The same tiles as plain colour fields: the text alone leaves the visual unfinished.
    const fields = Object.fromEntries(
      Object.entries(visual.layout.graphics).map(([name, g]) => [
        name,
        g?.kind === 'tile' ? { ...g, kind: 'background' as const } : g,
      ]),
    );
    expect(emptyShare({ ...visual, layout: { ...visual.layout, graphics: fields } })).toBeGreaterThan(
      MAX_EMPTY,
    );
    // One tile stretched over the whole safe area, around its figure only: a colour field again.
    const [name, tile] = tiles[0] as [string, NonNullable<(typeof tiles)[number][1]>];
    const stretched = { ...tile, ...visual.layout.safeArea };
    const inside = (x: number, y: number) =>
      x >= tile.x && x <= tile.x + tile.width && y >= tile.y && y <= tile.y + tile.height;
    const lone = {
      ...visual,
      boxes: visual.boxes.filter((b) => b.pieces.every((p) => inside(p.x, p.y))),
      pieces: visual.pieces.filter((p) => inside(p.x, p.y)),
      layout: { ...visual.layout, graphics: { [name]: stretched } },
    };
    expect(tileInk(lone, stretched)).toBeLessThan(MIN_TILE_INK);
    expect(emptyShare(lone)).toBeGreaterThan(MAX_EMPTY);
  });
});
