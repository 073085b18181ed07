/** The JSON bodies of the API, validated with French problems in the wording of campaign files. */
import { type Problem, unknownValueMessage } from '@blason/core';
import { z } from 'zod';
import { EXTENSIONS } from './renderer.js';

const text = (what = 'un texte') =>
  z.string({
    error: (issue) =>
      issue.input === undefined
        ? `champ obligatoire manquant (attendu : ${what})`
        : `type incorrect (attendu : ${what})`,
  });

const id = text('un identifiant').max(100, { error: '100 caractères au plus' });

const objectError = {
  error: (issue: { input?: unknown }) =>
    issue.input === undefined
      ? 'champ obligatoire manquant (attendu : un objet (des champs nommés))'
      : 'type incorrect (attendu : un objet (des champs nommés))',
};
const content = z.record(z.string(), z.unknown(), objectError);

export const renderBody = z.object(
  {
    partner: id,
    template: id,
    format: id,
    content,
    mode: id.optional(),
    ext: z
      .enum(EXTENSIONS, { error: `valeur inattendue (attendu : l’une de ${EXTENSIONS.join(', ')})` })
      .optional(),
  },
  objectError,
);
export type RenderBody = z.infer<typeof renderBody>;

export const lintBody = z.object(
  {
    text: text().max(20_000, { error: '20 000 caractères au plus' }),
    partner: id,
    /** Without a channel, the format's: `print` for posters, else `social`. */
    channel: id.optional(),
    format: id.optional(),
    field: id.optional(),
  },
  objectError,
);

/** A campaign file's name, as the campaign schema wants ids: kebab-case. */
export const CAMPAIGN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const saveBody = z.looseObject(
  {
    id: id.regex(CAMPAIGN_ID, {
      error: 'identifiant invalide : minuscules, chiffres et tirets (ex. fete-du-marais)',
    }),
    overwrite: z.boolean({ error: 'type incorrect (attendu : vrai ou faux (true/false))' }).optional(),
  },
  objectError,
);

export function requestProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    code: 'studio/invalid-request',
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** A value outside a known list (a partner, a template…), as `blason render` says it. */
export function unknownProblem(
  path: string,
  what: string,
  value: string,
  known: readonly string[],
  feminine = false,
): Problem {
  return { code: `studio/unknown-${path}`, path, message: unknownValueMessage(what, value, known, feminine) };
}
