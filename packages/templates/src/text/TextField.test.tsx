import { describe, expect, it } from 'vitest';
import type { FieldFit, TextBox } from '../types.js';
import { groupFits } from './TextField.js';

const box = (field: string, group?: string) =>
  ({ field, group, steps: [{ fontSize: 24, lineHeight: 1.3 }] }) as unknown as TextBox;

describe('groupFits', () => {
  const own: FieldFit = { fontSize: 40, lineHeight: 1.2, lines: 2, lineTexts: ['pour ne rien', 'rater'] };
  const smaller: FieldFit = { fontSize: 32, lineHeight: 1.2, lines: 2, lineTexts: ['pour tout', 'faire'] };

  it('brings a group to its smallest member, which keeps its own lines', () => {
    const fits = groupFits([box('a', 'labels'), box('b', 'labels')], { a: own, b: smaller });
    expect(fits.b).toBe(smaller);
    expect(fits.a?.fontSize).toBe(32);
  });

  it('lets a member drawn at another member’s size wrap by itself: those lines are not its own', () => {
    const fits = groupFits([box('a', 'labels'), box('b', 'labels')], { a: own, b: smaller });
    expect(fits.a?.lineTexts).toBeUndefined();
  });

  it('keeps the lines of a box outside any group', () => {
    expect(groupFits([box('a')], { a: own }).a).toBe(own);
  });
});
