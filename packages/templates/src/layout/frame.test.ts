import { describe, expect, it } from 'vitest';
import { textAdvance } from '../lockup/advances.js';
import { estimatedLines, largerStep, shiftStep, smallerStep } from './frame.js';

describe('estimatedLines', () => {
  const px = 100;
  const word = (text: string) => textAdvance(text, px, 'display');

  it('breaks at spaces, greedily, as the renderer does', () => {
    const width = word('Penser son') + 2;
    expect(estimatedLines('Penser son mandat sur 6 ans', px, 'display', width)).toBe(3);
    expect(estimatedLines('Penser son mandat sur 6 ans', px, 'display', 100_000)).toBe(1);
  });

  it('keeps words joined by a no-break space together', () => {
    const width = word('17\u00a0h') + 10;
    expect(estimatedLines('9\u00a0h 17\u00a0h', px, 'display', width)).toBe(2);
    expect(estimatedLines('9 h 17 h', px, 'display', word('17') + 2)).toBe(4);
    expect(estimatedLines('9\u00a0h\u00a017\u00a0h', px, 'display', width)).toBe(1);
  });

  it('gives a word wider than the column a line of its own', () => {
    expect(estimatedLines('a intercommunalité b', px, 'display', word('a') + 2)).toBe(3);
  });
});

describe('type-scale steps', () => {
  it('moves along the scale within bounds, and compares two steps', () => {
    expect(shiftStep('4xl', -2)).toBe('2xl');
    expect(shiftStep('xl', -2, 'md')).toBe('md');
    expect(shiftStep('7xl', -2, 'md', '3xl')).toBe('3xl');
    expect(shiftStep('7xl', 3)).toBe('7xl');
    expect(smallerStep('xl', '3xl')).toBe('xl');
    expect(largerStep('xl', '3xl')).toBe('3xl');
  });
});
