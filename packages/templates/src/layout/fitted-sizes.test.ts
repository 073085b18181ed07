import { describe, expect, it } from 'vitest';
import { formatSpec } from '../format.js';
import { fixtureTheme } from '../test-support/fixture.js';
import type { FONT_SIZE_STEPS } from '../theme.js';
import { fittedSizes } from './fitted-sizes.js';
import { frameOf } from './frame.js';
import { layoutGrid } from './grid.js';

describe('fittedSizes', () => {
  const frame = frameOf(formatSpec(fixtureTheme, 'x'), fixtureTheme);
  const stepPx = (step: (typeof FONT_SIZE_STEPS)[number]) =>
    Math.round(fixtureTheme.font.size[step] * frame.scale);
  const sizes = fittedSizes(frame, '7xl', 'xl');

  it('runs from the largest step to the smallest, largest first, every step included', () => {
    const px = sizes.map((size) => size.px);
    expect(px[0]).toBe(stepPx('7xl'));
    expect(px.at(-1)).toBe(stepPx('xl'));
    expect([...px].sort((a, b) => b - a)).toEqual(px);
    for (const step of ['7xl', '6xl', '5xl', '4xl', '3xl', '2xl', 'xl'] as const) {
      expect(sizes).toContainEqual({ px: stepPx(step), floor: step });
    }
  });

  it('steps between two sizes of the scale by the baseline unit, naming the step below', () => {
    const { baseline } = layoutGrid(frame);
    const between = sizes.filter((size) => size.px < stepPx('7xl') && size.px > stepPx('6xl'));
    expect(between.length).toBeGreaterThan(0);
    expect(between.every((size) => size.floor === '6xl')).toBe(true);
    expect(between.map((size) => stepPx('7xl') - size.px)).toEqual(between.map((_, i) => (i + 1) * baseline));
  });

  it('grows above the largest step by the baseline unit up to `grow` times it, naming that step', () => {
    const { baseline } = layoutGrid(frame);
    const top = stepPx('7xl');
    const grown = fittedSizes(frame, '7xl', 'xl', 1.5);
    const above = grown.filter((size) => size.px > top);
    expect(above.length).toBe(Math.floor((Math.floor(top * 1.5) - top) / baseline));
    expect(above.every((size) => size.floor === '7xl' && size.px <= top * 1.5)).toBe(true);
    expect(above.map((size) => size.px - top).reverse()).toEqual(above.map((_, i) => (i + 1) * baseline));
    expect(grown.slice(above.length)).toEqual(sizes);
  });
});
