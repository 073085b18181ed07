import { describe, expect, it } from 'vitest';
import { evenBreaks } from './breaks.js';

/** Units as wide as their characters, a space one wide: widths read like the text. */
const units = (...words: string[]) => ({ widths: words.map((w) => w.length), space: 1 });
const lineLengths = (words: string[], counts: number[]) => {
  let start = 0;
  return counts.map((count) => {
    start += count;
    return words.slice(start - count, start).join(' ').length;
  });
};

describe('evenBreaks', () => {
  // The summary a greedy balanced wrap left ragged: « … d’initiation pour / distinguer le marketing / … ».
  const summary = [
    'Une',
    'demi-journée',
    'd’initiation',
    'pour',
    'distinguer',
    'le marketing',
    'de la communication',
    'et découvrir',
    'les repères',
    'de l’attractivité',
    'territoriale.',
  ];

  it('keeps the line count and every line within the measure', () => {
    const counts = evenBreaks(units(...summary), 44, 4) as number[];
    expect(counts).toHaveLength(4);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(summary.length);
    for (const length of lineLengths(summary, counts)) expect(length).toBeLessThanOrEqual(44);
  });

  it('sets lines more even than a balanced greedy wrap (the narrowest measure keeping 4 lines)', () => {
    const greedy = (measure: number) => {
      const lengths = [0];
      for (const word of summary) {
        const last = lengths[lengths.length - 1] as number;
        if (last === 0) lengths[lengths.length - 1] = word.length;
        else if (last + 1 + word.length <= measure) lengths[lengths.length - 1] = last + 1 + word.length;
        else lengths.push(word.length);
      }
      return lengths;
    };
    let balanced = 44;
    while (greedy(balanced - 1).length === 4) balanced--;
    const spread = (lengths: number[]) => Math.max(...lengths) - Math.min(...lengths);
    const counts = evenBreaks(units(...summary), 44, 4) as number[];
    expect(spread(lineLengths(summary, counts))).toBeLessThan(spread(greedy(balanced)));
  });

  it('keeps a lone word off the last line when an even split exists', () => {
    const words = ['Le', 'temps', 'd’un', 'mandat', 'de', 'six', 'ans'];
    const counts = evenBreaks(units(...words), 30, 2) as number[];
    expect(counts[1]).toBeGreaterThan(1);
  });

  it('sets a lone word on the last line only when no other split exists', () => {
    // « Maison / de l’agglomération Saint-Omer » rather than the evener « … agglomération / Saint-Omer ».
    const place = ['Maison', 'de l’agglomération', 'Saint-Omer'];
    const measured = { ...units(...place), words: place.map((unit) => !unit.includes(' ')) };
    expect(evenBreaks(measured, 40, 2)).toEqual([1, 2]);
    expect(evenBreaks(units(...place), 40, 2)).toEqual([2, 1]);
    expect(evenBreaks(measured, 26, 2)).toEqual([2, 1]);
  });

  it('sets a lone word on the last line after the end of a phrase, where the sense breaks', () => {
    // « Maison de l’agglomération, / Saint-Omer » rather than « Maison / de l’agglomération, Saint-Omer ».
    const place = ['Maison', 'de l’agglomération,', 'Saint-Omer'];
    const measured = {
      ...units(...place),
      words: place.map((unit) => !unit.includes(' ')),
      phraseEnds: place.map((unit) => unit.endsWith(',')),
    };
    expect(evenBreaks(measured, 40, 2)).toEqual([2, 1]);
    expect(evenBreaks({ ...measured, phraseEnds: undefined }, 40, 2)).toEqual([1, 2]);
  });

  it('gives the same split every time', () => {
    const a = evenBreaks(units(...summary), 44, 4);
    expect(evenBreaks(units(...summary), 44, 4)).toEqual(a);
  });

  it('returns undefined when the units cannot make that many lines within the measure', () => {
    expect(evenBreaks(units('marketing', 'territorial'), 15, 1)).toBeUndefined();
    expect(evenBreaks(units('un', 'deux'), 40, 3)).toBeUndefined();
    expect(evenBreaks(units('anticonstitutionnellement'), 10, 1)).toBeUndefined();
  });
});
