/**
 * French formatting from `Intl` (no hand-written tables): numbers grouped with a narrow no-break
 * space (U+202F), dates "samedi 14 mars 2026", times "18 h 30".
 */
const LOCALE = 'fr-FR';
export const DEFAULT_TIME_ZONE = 'Europe/Paris';
/** No-break space between a number and its unit ("52 560 heures"). */
export const NBSP = '\u00a0';
export const NARROW_NBSP = '\u202f';

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(LOCALE, options).format(value);
}

export function formatDate(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(LOCALE, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(date);
}

/** "18 h 30", "9 h" — the French typographic convention, built from `formatToParts`. */
export function formatTime(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat(LOCALE, {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(date);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  return minute === '00' ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${minute}`;
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
