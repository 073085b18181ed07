import { describe, expect, it } from 'vitest';
import { textRuns } from './runs.js';

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
    expect(kept('Penser son mandat sur 6 ans')).toEqual(['6\u00a0ans']);
    expect(kept('52\u202f560 heures pour s’interroger')).toEqual(['52\u202f560\u00a0heures']);
    expect(kept('Le format A4 est prêt')).toEqual([]);
  });

  it('drops word joiners and keeps the text otherwise unchanged', () => {
    expect(
      textRuns('a\u2060-\u2060b c')
        .map((run) => run.text)
        .join(''),
    ).toBe('a-b c');
  });
});
