import { z } from 'zod';
import { AXIS_IDS } from '../theme.js';

/** Builders of content fields whose error messages are French and name the field. */

const COLON = '\u00a0:';

/**
 * How a field's own message says the field is absent: it names no type, so the reader is also told
 * what the field holds (`schemaIssues`' `expected`), which every other message of a field states.
 */
export const MISSING_FIELD = 'champ obligatoire manquant';

function missingOrWrong(label: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `${label}${COLON} ${MISSING_FIELD}`
      : `${label}${COLON} ${expected} attendu, ${describeInput(issue.input)} reçu`;
}

function describeInput(input: unknown): string {
  if (input === null) return 'valeur vide';
  if (Array.isArray(input)) return 'liste';
  if (typeof input === 'string') return 'texte';
  if (typeof input === 'number') return 'nombre';
  if (typeof input === 'boolean') return 'booléen';
  return 'objet';
}

/** Text of 1 to `max` characters, trimmed. */
export function text(label: string, max: number) {
  return z
    .string({ error: missingOrWrong(label, 'texte') })
    .trim()
    .min(1, { error: `${label}${COLON} ne doit pas être vide` })
    .max(max, {
      error: (issue) =>
        `${label}${COLON} ${max} caractères au plus (${String((issue.input as string).length)} reçus)`,
    })
    .describe(label);
}

export function url(label: string) {
  return z
    .url({
      protocol: /^https?$/,
      error: (issue) =>
        issue.input === undefined
          ? `${label}${COLON} ${MISSING_FIELD}`
          : `${label}${COLON} adresse web attendue (https://…), « ${String(issue.input)} » reçu`,
    })
    .describe(label);
}

/** A short URL drawn on the visual, without scheme: "saint-omer.fr/inscription". */
export function shortUrl(label: string) {
  return z
    .string({ error: missingOrWrong(label, 'texte') })
    .trim()
    .regex(/^(?!https?:\/\/)[\p{L}\p{N}.-]+\.[\p{L}]{2,}(\/\S*)?$/u, {
      error: `${label}${COLON} adresse courte attendue, sans « https:// » (ex. saint-omer.fr/inscription)`,
    })
    .max(48, { error: `${label}${COLON} 48 caractères au plus` })
    .describe(label);
}

export function isoDate(label: string) {
  return z.iso
    .date({
      error: (issue) =>
        issue.input === undefined
          ? `${label}${COLON} ${MISSING_FIELD}`
          : `${label}${COLON} ${notInCalendar(String(issue.input)) ?? `date attendue au format AAAA-MM-JJ (ex. 2027-03-18), « ${String(issue.input)} » reçu`}`,
    })
    .describe(label);
}

const MONTH_NAME = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });

/**
 * What is wrong with a date written in the right format but absent from the calendar
 * (« 2027-02-30 »): its month, or its day for that month.
 */
function notInCalendar(input: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!parts) return undefined;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `« ${input} » n’existe pas : le mois va de 01 à 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day >= 1 && day <= days) return undefined;
  const name = MONTH_NAME.format(new Date(Date.UTC(year, month - 1, 1)));
  return `« ${input} » n’existe pas : ${name} ${year} compte ${days} jours`;
}

export function isoTime(label: string) {
  return z
    .string({ error: missingOrWrong(label, 'heure') })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
      error: (issue) =>
        `${label}${COLON} heure attendue au format HH:MM (ex. 09:30), « ${String(issue.input)} » reçu`,
    })
    .describe(label);
}

export function fraction(label: string) {
  return z
    .number({ error: missingOrWrong(label, 'nombre') })
    .min(0, { error: `${label}${COLON} nombre entre 0 et 1 attendu` })
    .max(1, { error: `${label}${COLON} nombre entre 0 et 1 attendu` })
    .describe(label);
}

/** An object that refuses unknown keys with a French message. */
export function object<T extends z.core.$ZodLooseShape>(label: string, shape: T) {
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `${label}${COLON} champ inconnu ${issue.keys.map((k) => `« ${k} »`).join(', ')}`
          : missingOrWrong(label, 'objet')(issue),
    })
    .describe(label);
}

/** `axis`: the thematic axis whose colour and pictogram the visual carries. */
export function axisField(description: string) {
  return z
    .enum(AXIS_IDS, {
      error: (issue) =>
        `Axe thématique${COLON} ${issue.input === undefined ? MISSING_FIELD : `« ${String(issue.input)} » inconnu`}, attendu l’un de ${AXIS_IDS.join(', ')}`,
    })
    .describe(description);
}

/** The compositions a campaign may force: photo-led or colour-led. */
export const LEADS = ['photo', 'colour'] as const;
export type Lead = (typeof LEADS)[number];

/** `composition`: forces a photo-led or a colour-led composition (chosen by content otherwise). */
export function compositionField() {
  return z
    .enum(LEADS, {
      error: (issue) =>
        `Composition${COLON} « ${String(issue.input)} » inconnue, attendu « photo » (image en grand) ou « colour » (aplat de couleur)`,
    })
    .optional()
    .describe('Composition imposée : « photo » ou « colour » (sinon choisie selon le contenu et le format)');
}

/** `cosigners`: ids of the partners who co-sign the campaign (checked against the brand by the renderer). */
export function cosignersField() {
  return z
    .array(
      z
        .string({ error: missingOrWrong('Co-signataire', 'identifiant de partenaire') })
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          error: (issue) =>
            `Co-signataire${COLON} « ${String(issue.input)} » n’est pas un identifiant de partenaire (ex. pays-de-lumbres)`,
        }),
      {
        error: `Co-signataires${COLON} liste d’identifiants de partenaires attendue (ex. [capso, pays-de-lumbres])`,
      },
    )
    .max(3, { error: `Co-signataires${COLON} trois au plus` })
    .optional()
    .describe('Partenaires qui co-signent la campagne (leurs logos dans le bandeau de co-signature)');
}
