/** French typographic spaces. */
export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "52 560" with a narrow no-break space (U+202F) between groups, "3,5" with a decimal comma. */
export function formatNumber(value: number): string {
  return numberFormat.format(value).replace(/[\u00a0\s]/g, NNBSP);
}

/** "jeudi 18 mars 2027"; the first of the month is an ordinal: "lundi 1er mars 2027". */
export function formatDate(isoDate: string): string {
  const text = dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
  return text
    .replace(/(^|\s)1(\s)/, `$11er$2`)
    .replace(/ /g, NBSP)
    .replace(/^(\S+)\u00a0/, '$1 ');
}

/** "9 h 30", "17 h" (French clock times). */
export function formatTime(isoTime: string): string {
  const [hours = '0', minutes = '00'] = isoTime.split(':');
  const h = String(Number(hours));
  return minutes === '00' ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${minutes}`;
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

/** Joins list items the French way: "a, b et c". */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}
