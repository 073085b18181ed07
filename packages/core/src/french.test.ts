import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber, formatTime } from './french.js';

describe('French formatting', () => {
  it('groups digits with a narrow no-break space and writes a decimal comma', () => {
    expect(formatNumber(52560)).toBe('52\u202f560');
    expect(formatNumber(3.456, { maximumFractionDigits: 1 })).toBe('3,5');
    expect(formatNumber(2017, { useGrouping: false })).toBe('2017');
  });

  it('writes the first of the month as an ordinal, in the given time zone', () => {
    expect(formatDate(new Date('2027-03-01T00:00:00Z'))).toBe('lundi 1er mars 2027');
    expect(formatDate(new Date('2027-03-18T00:00:00Z'))).toBe('jeudi 18 mars 2027');
    expect(formatDate(new Date('2026-06-30T23:30:00+02:00'), { timeZone: 'Europe/Paris' })).toBe(
      'mardi 30 juin 2026',
    );
  });

  it('keeps day, month and year together when asked, the weekday free', () => {
    expect(formatDate(new Date('2027-03-01T00:00:00Z'), { noBreak: true })).toBe(
      'lundi 1er\u00a0mars\u00a02027',
    );
  });

  it('writes clock times with "h"', () => {
    expect(formatTime(new Date('2026-03-14T09:00:00Z'))).toBe('9\u00a0h');
    expect(formatTime(new Date('2026-03-14T18:30:00+01:00'), 'Europe/Paris')).toBe('18\u00a0h\u00a030');
  });

  it('joins lists with commas and « et »', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['ateliers'])).toBe('ateliers');
    expect(formatList(['ateliers', 'visites', 'rencontres'])).toBe('ateliers, visites et rencontres');
  });
});
