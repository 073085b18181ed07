import {
  formatDate as frenchDate,
  formatNumber as frenchNumber,
  formatTime as frenchTime,
  NBSP,
  NNBSP,
} from '@blason/core/french';

export { formatList, NBSP, NNBSP } from '@blason/core/french';

/** "52 560", "3,5": at most two decimals on a visual. */
export function formatNumber(value: number): string {
  return frenchNumber(value, { maximumFractionDigits: 2 });
}

/** "jeudi 18 mars 2027" of an ISO date, kept on one line: "lundi 1er mars 2027". */
export function formatDate(isoDate: string): string {
  return frenchDate(new Date(`${isoDate}T00:00:00Z`), { noBreak: true });
}

/** "9 h 30", "17 h" of an ISO clock time (HH:MM). */
export function formatTime(isoTime: string): string {
  return frenchTime(new Date(`1970-01-01T${isoTime}:00Z`));
}

/** "9 h 30 – 17 h", or a single time. */
export function formatTimeRange(start: string | undefined, end: string | undefined): string | undefined {
  if (start === undefined) return undefined;
  return end === undefined ? formatTime(start) : `${formatTime(start)}${NBSP}–${NBSP}${formatTime(end)}`;
}

/** « text » with narrow no-break spaces inside the guillemets. */
export function guillemets(text: string): string {
  const inner = text
    .trim()
    .replace(/^[«"“]\s*/, '')
    .replace(/\s*[»"”]$/, '');
  return `«${NNBSP}${inner}${NNBSP}»`;
}
