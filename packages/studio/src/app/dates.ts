import { useState } from 'react';

/**
 * Dates are typed the French way (« 18/03/2027 »), whatever the browser's language: a native date
 * input shows the browser locale's order (mm/dd/yyyy in an English browser). The content keeps the
 * schema's ISO form (« 2027-03-18 »).
 */
export const DATE_HINT = 'Format : JJ/MM/AAAA (ex. 18/03/2027).';
export const DATE_ERROR = 'date à écrire sous la forme JJ/MM/AAAA, avec un jour qui existe (ex. 18/03/2027)';

const FRENCH_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** « 18/03/2027 » for « 2027-03-18 »; any other text as it is. */
export function frenchDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** The ISO date of a French entry (« 18/3/2027 », « 18.03.2027 »), or undefined when it is no calendar day. */
export function isoDate(text: string): string | undefined {
  const match = FRENCH_DATE.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateEntry {
  /** What the field shows: the text as typed, or the value in French form. */
  readonly text: string;
  /** French message once the field was left with a text that is no date. */
  readonly error: string | undefined;
  change(text: string): void;
  leave(): void;
}

/**
 * A date field's typing state. Only a complete calendar date reaches the content; what was typed is
 * kept on screen meanwhile. A value changed elsewhere (a campaign opened) replaces the typed text.
 */
export function useDateEntry(iso: string, commit: (iso: string | undefined) => void): DateEntry {
  const [typed, setTyped] = useState<{ readonly text: string; readonly iso: string }>();
  const [left, setLeft] = useState(false);
  const current = typed && typed.iso === iso ? typed.text : undefined;
  const invalid = current !== undefined && current.trim() !== '' && isoDate(current) === undefined;
  return {
    text: current ?? frenchDate(iso),
    error: invalid && left ? DATE_ERROR : undefined,
    change(text) {
      const parsed = isoDate(text);
      const empty = text.trim() === '';
      setTyped({ text, iso: parsed ?? (empty ? '' : iso) });
      if (parsed !== undefined) commit(parsed);
      else if (empty) commit(undefined);
    },
    leave: () => setLeft(true),
  };
}
