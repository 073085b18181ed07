import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { FieldFit, TextBox } from '../types.js';
import { groupFits, TextField } from './TextField.js';

const box = (field: string, group?: string) =>
  ({ field, group, steps: [{ fontSize: 24, lineHeight: 1.3 }] }) as unknown as TextBox;

describe('groupFits', () => {
  const own: FieldFit = { fontSize: 40, lineHeight: 1.2, lines: 2, lineTexts: ['pour ne rien', 'rater'] };
  const smaller: FieldFit = {
    fontSize: 32,
    lineHeight: 1.2,
    lines: 2,
    height: 77,
    lineTexts: ['pour tout', 'faire'],
  };

  it('brings a group to its smallest member, which keeps its own lines', () => {
    const fits = groupFits([box('a', 'labels'), box('b', 'labels')], { a: own, b: smaller });
    expect(fits.b).toBe(smaller);
    expect(fits.a?.fontSize).toBe(32);
  });

  it('lets a member drawn at another member’s size wrap by itself: those lines are not its own', () => {
    const fits = groupFits([box('a', 'labels'), box('b', 'labels')], { a: own, b: smaller });
    expect(fits.a?.lineTexts).toBeUndefined();
    // Nor its height: the box aligns the text it wraps by itself.
    expect(fits.a?.height).toBeUndefined();
  });

  it('keeps the lines of a box outside any group', () => {
    expect(groupFits([box('a')], { a: own }).a).toBe(own);
  });
});

describe('TextField', () => {
  const field = {
    field: 'title',
    text: 'Le temps d’un mandat',
    x: 80,
    y: 100,
    width: 600,
    height: 300,
    align: 'start',
    style: { fontFamily: 'Bricolage Grotesque', fontWeight: 800 },
    steps: [{ fontSize: 64, lineHeight: 1.1 }],
  } as unknown as TextBox;
  const style = (element: ReactElement) => (element.props as { style: Record<string, unknown> }).style;

  it('sets a fitted text at its place itself, aligned in its box by the height the engine measured', () => {
    const fit: FieldFit = { fontSize: 64, lineHeight: 1.1, lines: 1, height: 70 };
    const at = (verticalAlign: string) =>
      style(
        TextField({ box: { ...field, verticalAlign } as TextBox, fitted: { title: fit }, color: '#000' }),
      );
    expect(at('start')).toMatchObject({ position: 'absolute', left: 80, top: 100, width: 600 });
    expect(at('center')).toMatchObject({ top: 215 });
    expect(at('end')).toMatchObject({ top: 330 });
  });

  it('aligns a text without a measured height in a column of its box’s height', () => {
    const element = TextField({
      box: { ...field, verticalAlign: 'end' } as TextBox,
      fitted: {},
      color: '#000',
    });
    expect(style(element)).toMatchObject({ top: 100, height: 300, justifyContent: 'flex-end' });
  });
});
