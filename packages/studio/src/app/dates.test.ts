import { describe, expect, test } from 'vitest';
import { frenchDate, isoDate } from './dates.js';

describe('French date entry', () => {
  test.each([
    ['18/03/2027', '2027-03-18'],
    ['1/3/2027', '2027-03-01'],
    [' 18.03.2027 ', '2027-03-18'],
    ['18-03-2027', '2027-03-18'],
    ['29/02/2028', '2028-02-29'],
  ])('%s is %s', (text, iso) => expect(isoDate(text)).toBe(iso));

  test.each([
    '31/02/2027',
    '29/02/2027',
    '18/13/2027',
    '00/03/2027',
    '2027-03-18',
    '18/03/27',
    '18/03',
    'demain',
  ])('%s is no date', (text) => expect(isoDate(text)).toBeUndefined());

  test('the content’s ISO date is shown the French way, and read back the same', () => {
    expect(frenchDate('2027-03-18')).toBe('18/03/2027');
    expect(isoDate(frenchDate('2027-03-18'))).toBe('2027-03-18');
    expect(frenchDate('')).toBe('');
  });
});
