import {
  formatDate as frenchDate,
  formatNumber as frenchNumber,
  formatTime as frenchTime,
  NBSP,
  NNBSP,
} from '@blason/core/french';

export { formatList, NBSP, NNBSP } from '@blason/core/french';

/**
 * A pure formatting function remembered per input: `Intl` builds a new formatter at every call
 * (≈ 1.3 % of a render's CPU went into the key figures' numbers, `node --cpu-prof`), and the same
 * numbers, dates and times are drawn for every partner and format. Bounded: cleared past 1,000.
 */
function remembered<K, V>(format: (input: K) => V): (input: K) => V {
  const memo = new Map<K, V>();
  return (input) => {
    const known = memo.get(input);
    if (known !== undefined) return known;
    const value = format(input);
    if (memo.size >= 1000) memo.clear();
    memo.set(input, value);
    return value;
  };
}

/** "52 560", "3,5": at most two decimals on a visual. */
export const formatNumber: (value: number) => string = remembered((value) =>
  frenchNumber(value, { maximumFractionDigits: 2 }),
);

/** "jeudi 18 mars 2027" of an ISO date, kept on one line: "lundi 1er mars 2027". */
export const formatDate: (isoDate: string) => string = remembered((isoDate) =>
  frenchDate(new Date(`${isoDate}T00:00:00Z`), { noBreak: true }),
);

/** "9 h 30", "17 h" of an ISO clock time (HH:MM). */
export const formatTime: (isoTime: string) => string = remembered((isoTime) =>
  frenchTime(new Date(`1970-01-01T${isoTime}:00Z`)),
);

/** "9 h 30 – 17 h", or a single time. */
export function formatTimeRange(start: string | undefined, end: string | undefined): string | undefined {
  if (start === undefined) return undefined;
  return end === undefined ? formatTime(start) : `${formatTime(start)}${NBSP}–${NBSP}${formatTime(end)}`;
}

/** « text » with narrow no-break spaces inside the guillemets. */
export function guillemets(text: string): string {
  return `«${NNBSP}${unquoted(text)}${NNBSP}»`;
}

/**
 * The quote for a layout whose drawn « opens it (a hung quotation mark): the text carries only the
 * closing », so the opening mark is not set twice.
 */
export function closedByGuillemet(text: string): string {
  return `${unquoted(text)}${NNBSP}»`;
}

/** The text without the quotation marks it was typed with. */
function unquoted(text: string): string {
  return text
    .trim()
    .replace(/^[«"“]\s*/, '')
    .replace(/\s*[»"”]$/, '');
}
