import { describe, expect, it } from 'vitest';
import { bindShortWords, figurePieces, lineUnits, textRuns } from './runs.js';

const kept = (text: string) =>
  textRuns(text)
    .filter((run) => run.keep)
    .map((run) => run.text);

describe('textRuns', () => {
  it('keeps hyphenated words and words glued by no-break spaces on one line', () => {
    expect(kept('Inscrivez-vous\u00a0: jeudi 18\u00a0mars')).toEqual([
      'Inscrivez-vous\u00a0:',
      '18\u00a0mars',
    ]);
  });

  it('keeps a number with the word after it, so no line ends on a bare number', () => {
    expect(kept('Penser projets pendant 6 ans')).toEqual(['6\u00a0ans']);
    expect(kept('52\u202f560 heures pour s’interroger')).toEqual(['52\u202f560\u00a0heures']);
    expect(kept('Le format A4 semble prêt')).toEqual(['Le\u00a0format']);
  });

  it('drops word joiners and keeps the text otherwise unchanged', () => {
    expect(
      textRuns('a\u2060-\u2060b chose')
        .map((run) => run.text)
        .join(''),
    ).toBe('a-b chose');
  });
});

describe('bindShortWords', () => {
  it('glues a short word to the next one, so no line ends on « de » or « d’un »', () => {
    expect(bindShortWords('Un territoire de vie')).toBe('Un\u00a0territoire de\u00a0vie');
    expect(bindShortWords('pour doter d’une feuille')).toBe('pour doter d’une\u00a0feuille');
    expect(bindShortWords('cette journée à Saint-Omer')).toBe('cette journée à\u00a0Saint-Omer');
  });

  it('glues a short last word to the one before it, so it never stands alone', () => {
    expect(bindShortWords('Venez comme vous êtes et moi')).toBe('Venez comme vous êtes et\u00a0moi');
    expect(bindShortWords('Penser son mandat sur le')).toBe('Penser son\u00a0mandat sur\u00a0le');
  });

  it('lets punctuation end a clause and stops gluing long chains', () => {
    expect(bindShortWords('bilan, puis tout')).toBe('bilan, puis tout');
    expect(bindShortWords('bilan, et : quoi')).toBe('bilan, et\u00a0: quoi');
    const glued = bindShortWords('il y a un an de la vie du port');
    expect(glued.split(' ').length).toBeGreaterThan(1);
    expect(bindShortWords('pas précis et que l’attachement')).toBe(
      'pas\u00a0précis et\u00a0que\u00a0l’attachement',
    );
  });
});

describe('figurePieces', () => {
  it('isolates figures with the separators inside a number', () => {
    expect(figurePieces('jeudi 18\u00a0mars 2027, 9\u00a0h\u00a030')).toEqual([
      { text: 'jeudi ', figures: false },
      { text: '18', figures: true },
      { text: '\u00a0mars ', figures: false },
      { text: '2027', figures: true },
      { text: ', ', figures: false },
      { text: '9', figures: true },
      { text: '\u00a0h\u00a0', figures: false },
      { text: '30', figures: true },
    ]);
    expect(figurePieces('52\u202f560 heures, 3,5\u00a0%')).toEqual([
      { text: '52\u202f560', figures: true },
      { text: ' heures, ', figures: false },
      { text: '3,5', figures: true },
      { text: '\u00a0%', figures: false },
    ]);
    expect(figurePieces('sans chiffre')).toEqual([{ text: 'sans chiffre', figures: false }]);
  });
});

describe('lineUnits', () => {
  it('splits a text where a line may break, short words and numbers kept with their neighbour', () => {
    expect(lineUnits('Une journée à Saint-Omer le 18 mars')).toEqual([
      'Une\u00a0journée',
      'à\u00a0Saint-Omer',
      'le\u00a018\u00a0mars',
    ]);
  });

  it('leaves a text with breaks of its own or runs of spaces to the renderer', () => {
    expect(lineUnits('Première ligne\nseconde ligne')).toBeUndefined();
    expect(lineUnits('Deux  espaces')).toBeUndefined();
  });
});
