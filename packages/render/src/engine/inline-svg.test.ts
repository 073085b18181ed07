import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { inlineSvgImages, svgImagesAsGroups } from './inline-svg.js';

const base64 = (svg: string) => Buffer.from(svg).toString('base64');

/** A wave panel as the brand device draws it, drawn as satori writes an image: clipped and masked to its box. */
const PANEL =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80"><path d="M0 0H200V80L150 70L100 78L50 70L0 80Z" fill="#004c97"/></svg>';

function satoriImage(
  inner: string,
  options: { clip?: string; mask?: string; extra?: string; box?: [number, number, number, number] } = {},
): string {
  const [x, y, width, height] = options.box ?? [20, 30, 200, 80];
  const rect = `x="${x}" y="${y}" width="${width}" height="${height}"`;
  const clip = options.clip ?? `<rect ${rect}/>`;
  const mask = options.mask ?? `<rect ${rect} fill="#fff"/>`;
  return (
    '<svg width="240" height="140" viewBox="0 0 240 140" xmlns="http://www.w3.org/2000/svg">' +
    '<rect x="0" y="0" width="240" height="140" fill="#ffffff"/>' +
    `<clipPath id="satori_cp-id-0">${clip}</clipPath>` +
    `<mask id="satori_om-id-0">${mask}</mask>` +
    `<image ${rect} href="data:image/svg+xml;base64,${base64(inner)}" preserveAspectRatio="none" ` +
    `clip-path="url(#satori_cp-id-0)" mask="url(#satori_om-id-0)"${options.extra ?? ''}/>` +
    '</svg>'
  );
}

const pixels = (svg: string) =>
  new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;

const largestDifference = (a: Buffer, b: Buffer) => {
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return largest;
};

describe('svgImagesAsGroups', () => {
  it('draws an embedded SVG as a scaled group, without the mask, and without the clip when its ink stays inside', () => {
    const svg = satoriImage(PANEL, { box: [20, 30, 200, 40] });
    const groups = svgImagesAsGroups(svg);
    expect(groups).not.toContain('<image');
    expect(groups).toContain('<g transform="matrix(1 0 0 0.5 20 30)"><path');
    expect(groups).not.toContain('url(#satori_');
    // The clip's coverage mask rounded the wave's anti-aliased edge: by one level at most.
    expect(largestDifference(pixels(groups), pixels(svg))).toBeLessThanOrEqual(1);
  });

  it('keeps the clip where the ink crosses the box inside the canvas, not where it bleeds off the canvas', () => {
    // A bar wider than its drawing: 40 px past its left edge and 40 past its right.
    const bar =
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><rect x="-40" y="30" width="180" height="40" fill="#3045be"/></svg>';
    const inside = satoriImage(bar, { box: [60, 20, 100, 100] });
    const clipped = svgImagesAsGroups(inside);
    expect(clipped).toContain('<g clip-path="url(#satori_cp-id-0)"><g transform=');
    expect(pixels(clipped).equals(pixels(inside))).toBe(true);
    // At the canvas' left edge, what passes the box's left edge is off the canvas anyway; its right
    // edge still needs the clip.
    const bled = satoriImage(bar.replace('width="180"', 'width="120"'), { box: [0, 20, 100, 100] });
    const unclipped = svgImagesAsGroups(bled);
    expect(unclipped).not.toContain('clip-path');
    expect(pixels(unclipped).equals(pixels(bled))).toBe(true);
  });

  it('keeps the clip when the clip is smaller than the image box', () => {
    const svg = satoriImage(PANEL, { clip: '<rect x="20" y="30" width="100" height="80"/>' });
    const groups = svgImagesAsGroups(svg);
    expect(groups).toContain('<g clip-path="url(#satori_cp-id-0)">');
    expect(pixels(groups).equals(pixels(svg))).toBe(true);
  });

  it('moves the attributes the drawing inherits from its root onto the group', () => {
    const icon =
      '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="#c0392b" stroke-width="2" role="img" aria-labelledby="t"><title id="t">Icône</title><path d="M4 4h16v16H4Z"/></svg>';
    const svg = satoriImage(icon, { box: [20, 20, 96, 96] });
    const groups = svgImagesAsGroups(svg);
    expect(groups).toContain(
      '<g transform="matrix(4 0 0 4 20 20)" fill="none" stroke="#c0392b" stroke-width="2">',
    );
    // Scaled strokes may round an edge pixel differently: at most a level of anti-aliasing.
    expect(largestDifference(pixels(svg), pixels(groups))).toBeLessThanOrEqual(16);
  });

  it.each([
    ['the clip is larger than the image box', { clip: '<rect x="0" y="0" width="240" height="140"/>' }],
    [
      'the mask is not a plain white rectangle',
      { mask: '<rect x="20" y="30" width="200" height="80" fill="#808080"/>' },
    ],
    ['the image has an attribute it does not redraw', { extra: ' style="opacity:0.5"' }],
  ])('keeps the image when %s', (_, options) => {
    const svg = satoriImage(PANEL, options);
    expect(svgImagesAsGroups(svg)).toBe(svg);
  });

  it('keeps an image whose drawing refers to its own definitions, or whose root it does not know', () => {
    const gradient =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="200" height="80" fill="url(#g)"/></svg>';
    const styled = PANEL.replace('<svg ', '<svg style="fill:red" ');
    for (const inner of [gradient, styled]) {
      const svg = satoriImage(inner);
      expect(svgImagesAsGroups(svg)).toBe(svg);
    }
  });

  it('keeps an image that preserves a different aspect ratio, and one without a clip', () => {
    const meet = satoriImage(PANEL, { box: [20, 30, 200, 40] }).replace(' preserveAspectRatio="none"', '');
    expect(svgImagesAsGroups(meet)).toBe(meet);
    const unclipped = satoriImage(PANEL).replace(' clip-path="url(#satori_cp-id-0)"', '');
    expect(svgImagesAsGroups(unclipped)).toBe(unclipped);
  });
});

describe('inlineSvgImages', () => {
  it('nests the embedded SVG at the image box, inside the image clip and mask', () => {
    const inlined = inlineSvgImages(satoriImage(PANEL));
    expect(inlined).not.toContain('<image');
    expect(inlined).toContain(
      '<g clip-path="url(#satori_cp-id-0)" mask="url(#satori_om-id-0)"><svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80" x="20" y="30" preserveAspectRatio="none"><path',
    );
  });
});
