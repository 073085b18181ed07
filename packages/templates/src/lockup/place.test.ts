import { describe, expect, test } from 'vitest';
import { type FormatId, formatSpec, mmToPx } from '../format.js';
import { frameOf } from '../layout/frame.js';
import { fixtureTheme } from '../test-support/fixture.js';
import type { TemplateTheme } from '../theme.js';
import { minCapHeight } from './geometry.js';
import { minLockupCap, minWordmarkWidth, placeLockup } from './place.js';

const names = { brand: 'Pays de Saint-Omer', lines: ['Communauté d’agglomération', 'du Pays de Saint-Omer'] };

function themeWith(tokens: Record<string, number>): TemplateTheme {
  const map = new Map(Object.entries(tokens).map(([path, normalized]) => [path, { normalized }]));
  return { ...fixtureTheme, tokens: map };
}

function frame(theme: TemplateTheme, format: FormatId) {
  return frameOf(formatSpec(theme, format), theme);
}

describe('minLockupCap', () => {
  const legible = {
    'logo.lockup.partnerNameScale': 0.5,
    'logo.lockup.partnerNameMinCapHeight.screen': 7,
    'logo.lockup.partnerNameMinCapHeight.print': 1.5,
  };

  test('on screen, the partner name keeps the legible cap height: H ≥ 7 px / 0.5', () => {
    const square = frame(themeWith(legible), 'instagram-square');
    const wordmarkOnly = minCapHeight(names, minWordmarkWidth(square));
    expect(wordmarkOnly).toBeLessThan(14);
    expect(minLockupCap(square, names)).toBe(14);
  });

  test('in print, the mm cap height is converted at the format’s resolution', () => {
    const poster = frame(themeWith(legible), 'poster-a4');
    const expected = Math.ceil(mmToPx(1.5, poster.format.print?.dpi) / 0.5);
    expect(minLockupCap(poster, names)).toBe(
      Math.max(expected, minCapHeight(names, minWordmarkWidth(poster))),
    );
  });

  test('the wordmark alone, or a brand without the token, keeps the wordmark’s minimum', () => {
    const square = frame(themeWith(legible), 'instagram-square');
    const wordmarkOnly = minCapHeight(names, minWordmarkWidth(square));
    expect(minLockupCap(square, { brand: names.brand, lines: [] })).toBe(wordmarkOnly);
    expect(minLockupCap(frame(themeWith({}), 'instagram-square'), names)).toBe(wordmarkOnly);
  });
});

describe('vertical lockup stack', () => {
  const placed = (stack?: 'start' | 'center') =>
    placeLockup(
      frame(fixtureTheme, 'linkedin'),
      names,
      { x: 64, y: 300, width: 400, height: 200 },
      {
        orientation: 'vertical',
        variant: 'reversed',
        ...(stack ? { stack } : {}),
      },
    );

  test('flush left, the wordmark, the divider and the name lines start on the area’s edge', () => {
    const { geometry, origin, text } = placed('start');
    const xs = text.map((box) => box.x);
    expect(new Set(xs)).toEqual(new Set([origin.x]));
    expect(geometry.divider?.x).toBe(0);
    expect(text.every((box) => box.align === 'start')).toBe(true);
  });

  test('centred by default, as in the logo files: the narrower items stand in the middle', () => {
    const { geometry, text } = placed();
    const brand = text.find((box) => box.field === 'lockup.brand');
    const line = text.find((box) => box.field === 'lockup.lines[0]');
    if (!brand || !line || !geometry.divider) throw new Error('incomplete lockup');
    const middle = (box: { x: number; width: number }) => box.x + box.width / 2;
    expect(Math.abs(middle(brand) - middle(line))).toBeLessThanOrEqual(1);
    expect(geometry.divider.x).toBeGreaterThan(0);
  });
});
