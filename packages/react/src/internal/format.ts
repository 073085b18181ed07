/**
 * The components' French formatting: `@blason/core/french`, with the brand's time zone by default
 * ("samedi 14 mars 2026", "18 h 30"), and the `dateTime` values of `<time>`.
 */
import { formatDate as frenchDate, formatTime as frenchTime } from '@blason/core/french';

export { formatNumber, NBSP } from '@blason/core/french';

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** "samedi 14 mars 2026", "dimanche 1er mars 2026": the calendar day in `timeZone`. */
export function formatDate(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return frenchDate(date, { timeZone });
}

/** "18 h 30", "9 h": the clock time in `timeZone`. */
export function formatTime(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return frenchTime(date, timeZone);
}

/**
 * The `dateTime` attribute of `<time>`: the calendar date in the event's time zone ("2026-03-14"),
 * or the exact instant as a global date-and-time string when the time matters.
 */
export function toDateTimeAttribute(date: Date, withTime: boolean, timeZone = DEFAULT_TIME_ZONE): string {
  if (withTime) return date.toISOString();
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
