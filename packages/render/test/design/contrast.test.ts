import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { contrastFaults } from './checks.js';
import { CONTRAST_GAPS } from './layout-gaps.js';
import { type DesignVisual, designCases, designVisual, drawnVisual, sampleVisual } from './support.js';

describe('text contrast on the pixels of every template × format × partner', () => {
  for (const c of designCases()) {
    // A listed case is a known layout gap (see layout-gaps.ts): it must keep failing until fixed.
    (CONTRAST_GAPS.has(c.key) ? it.fails : it)(c.key, async () => {
      expect(contrastFaults(await designVisual(c))).toEqual([]);
    });
  }
});

describe('the contrast check can fail', () => {
  it('catches text drawn in a colour close to its background', async () => {
    const { visual } = await sampleVisual('evenement', 'instagram-square');
    const pale = { ...visual, pieces: visual.pieces.map((p) => ({ ...p, fill: '#ffffff' })) };
    expect(contrastFaults(pale).length).toBeGreaterThan(0);
  });
});

/**
 * A light photo (generated: pale sky noise, mean 215) under a navy scrim, white headline on top:
 * the same composition passes with a scrim that does its job and fails with one that is too thin.
 * Drawn as an SVG of the shape satori writes, so the real check (resvg raster, colorjs.io ratio)
 * reads it.
 */
async function scrimVisual(opacity: number) {
  const width = 600;
  const height = 400;
  const photo = await sharp({
    create: { width, height, channels: 3, noise: { type: 'gaussian', mean: 215, sigma: 18 } },
  })
    .png()
    .toBuffer();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<image x="0" y="0" width="${width}" height="${height}" href="data:image/png;base64,${photo.toString('base64')}"/>
<rect x="0" y="200" width="${width}" height="200" fill="#0b2a4a" fill-opacity="${opacity}"/>
<text x="40" y="300" width="420" height="60" font-size="48" font-weight="700" font-family="Atkinson" fill="#ffffff">La baie en été</text>
<text x="40" y="350" width="380" height="24" font-size="20" font-weight="400" font-family="Atkinson" fill="#ffffff">Balades guidées tout l’été</text>
</svg>`;
  const layout = { text: [] } as unknown as DesignVisual['layout'];
  return drawnVisual(layout, {}, svg);
}

describe('the contrast check reads the photo under a scrim', () => {
  it('fails white text on a light photo under a too-thin scrim', async () => {
    const faults = contrastFaults(await scrimVisual(0.2));
    expect(faults).toHaveLength(2);
    expect(faults[0]).toMatch(/La baie en été.*:1 < 3:1/);
    expect(faults[1]).toMatch(/Balades guidées.*:1 < 4.5:1/);
  });

  it('passes the same text once the scrim is dense enough', async () => {
    expect(contrastFaults(await scrimVisual(0.85))).toEqual([]);
  });
});
