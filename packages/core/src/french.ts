/**
 * French formatting of numbers, dates, clock times and lists, from `Intl` (no hand-written tables).
 * Browser-safe: used by the React components and the visual templates alike.
 */

/** No-break space: between a number and its unit ("52 560 heures"), in "18 h 30". */
export const NBSP = '\u00a0';
/** Narrow no-break space: groups of digits ("52 560"), inside guillemets, before ; ! ?. */
export const NNBSP = '\u202f';

const LOCALE = 'fr-FR';

/**
 * Building an `Intl` formatter costs far more than using one (a render formats its dates and times
 * many times while fitting): each distinct set of options is built once.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
let listFormat: Intl.ListFormat | undefined;

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "52 560" with a narrow no-break space between groups (whatever the ICU version), "3,5". */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(options)
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? NNBSP : part.value))
    .join('');
}

export interface DateOptions {
  /** The time zone whose calendar day is written (default UTC). */
  timeZone?: string;
  /** Day, month and year joined by no-break spaces, so a line never splits the date. */
  noBreak?: boolean;
}

/** "jeudi 18 mars 2027"; the first of the month is an ordinal: "lundi 1er mars 2027". */
export function formatDate(date: Date, { timeZone = 'UTC', noBreak = false }: DateOptions = {}): string {
  const parts = dateFormat({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).formatToParts(date);
  return parts
    .map((part, index) => {
      if (part.type === 'day' && part.value === '1') return '1er';
      const afterWeekday = parts[index - 1]?.type === 'weekday';
      return noBreak && part.type === 'literal' && !afterWeekday
        ? part.value.replace(/ /g, NBSP)
        : part.value;
    })
    .join('');
}

/** "18 h 30", "9 h": the French clock time of `date` in `timeZone` (default UTC). */
export function formatTime(date: Date, timeZone = 'UTC'): string {
  const parts = dateFormat({
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(date);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  return minute === '00' ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${minute}`;
}

/** Joins list items the French way: "a, b et c". */
export function formatList(items: readonly string[]): string {
  listFormat ??= new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' });
  return listFormat.format(items);
}
