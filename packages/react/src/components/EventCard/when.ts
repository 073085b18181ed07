import { BlasonPropError, isDevelopment } from '../../internal/dev.js';
import { formatDate, formatTime, toDateTimeAttribute } from '../../internal/format.js';

export type DateInput = Date | string;

export interface When {
  readonly date: { readonly text: string; readonly dateTime: string };
  readonly end?: { readonly text: string; readonly dateTime: string };
  readonly time?: { readonly text: string; readonly dateTime: string };
  readonly endTime?: { readonly text: string; readonly dateTime: string };
}

function toDate(input: DateInput, prop: string): Date | undefined {
  const date = input instanceof Date ? input : new Date(input);
  if (!Number.isNaN(date.getTime())) return date;
  if (isDevelopment()) {
    throw new BlasonPropError(
      'EventCard',
      prop,
      `${JSON.stringify(String(input))} is not a date`,
      'a Date or an ISO 8601 string such as "2026-03-14T18:30:00+01:00"',
    );
  }
  return undefined;
}

/** The French texts and `<time dateTime>` values of an event's start and end. */
export function describeWhen(
  start: DateInput,
  end: DateInput | undefined,
  allDay: boolean,
  timeZone: string,
): When | undefined {
  const from = toDate(start, 'start');
  const to = end === undefined ? undefined : toDate(end, 'end');
  if (!from) return undefined;
  const day = (date: Date) => ({
    text: formatDate(date, timeZone),
    dateTime: toDateTimeAttribute(date, false, timeZone),
  });
  const hour = (date: Date) => ({
    text: formatTime(date, timeZone),
    dateTime: toDateTimeAttribute(date, true),
  });
  const sameDay = to !== undefined && day(to).dateTime === day(from).dateTime;
  return {
    date: day(from),
    end: to && !sameDay ? day(to) : undefined,
    time: allDay ? undefined : hour(from),
    endTime: !allDay && to ? hour(to) : undefined,
  };
}
