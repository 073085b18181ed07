import { describe, expect, it } from 'vitest';
import { paintedBounds } from './svg-bounds.js';

describe('paintedBounds', () => {
  it('bounds filled shapes by their geometry, curves included', () => {
    expect(paintedBounds('<path d="M0 10 C 10 0, 20 0, 30 10 Z" fill="#000"/>')).toEqual([0, 2.5, 30, 10]);
    expect(paintedBounds('<rect x="5" y="6" width="10" height="4"/><circle cx="50" cy="50" r="5"/>')).toEqual(
      [5, 6, 55, 55],
    );
    expect(paintedBounds('<polygon points="1,2 9,4 5,8"/><line x1="20" y1="3" x2="12" y2="1"/>')).toEqual([
      1, 1, 20, 8,
    ]);
  });

  it('adds what a stroke may reach: the miter limit by default, √2 × half its width with round joins', () => {
    const line = '<path d="M10 10H50" stroke="#000" stroke-width="4"/>';
    expect(paintedBounds(line)).toEqual([2, 2, 58, 18]);
    const round = paintedBounds(line, { 'stroke-linejoin': 'round' });
    expect(round?.map((n) => Math.round(n * 100) / 100)).toEqual([7.17, 7.17, 52.83, 12.83]);
    expect(paintedBounds('<path d="M10 10H50" stroke="none" stroke-width="40"/>')).toEqual([10, 10, 50, 10]);
  });

  it('takes strokes inherited from the root and from groups', () => {
    const inherited = { stroke: '#fff', 'stroke-width': '2', 'stroke-linejoin': 'bevel' };
    const bounds = paintedBounds(
      '<g stroke-width="4"><path d="M10 10H20"/></g><path d="M0 0H5"/>',
      inherited,
    );
    expect(bounds?.map((n) => Math.round(n * 100) / 100)).toEqual([-1.41, -1.41, 22.83, 12.83]);
  });

  it('does not bound what it cannot: transforms, text, images, styles, markers, an empty drawing', () => {
    for (const markup of [
      '<g transform="rotate(45)"><rect width="10" height="10"/></g>',
      '<rect width="10" height="10" transform="scale(2)"/>',
      '<text x="0" y="10">A</text>',
      '<image href="a.png" width="10" height="10"/>',
      '<rect width="10" height="10" style="stroke:#000;stroke-width:40"/>',
      '<path d="M0 0H10" stroke="#000" vector-effect="non-scaling-stroke"/>',
      '<path d="M0 0H10" marker-end="url(#arrow)"/>',
      '<title>Rien</title>',
    ]) {
      expect(paintedBounds(markup), markup).toBeUndefined();
    }
  });
});
