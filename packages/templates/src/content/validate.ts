import type { Problem } from '@blason/core/problem';
import type { z } from 'zod';
import { MISSING_FIELD } from './fields.js';

/**
 * The one French wording of schema (zod) errors, for officers reading content problems: the
 * campaign loader, Storybook's gallery and the studio all go through `schemaIssues`.
 *
 * A template's fields carry their own French messages (`content/fields.ts`), which win; any other
 * issue (a campaign's envelope, a field without its own message) gets the generic wording below,
 * applied as zod's per-parse error map.
 */

/** French names of the JSON types zod reports. */
const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux (true/false)',
  array: 'une liste',
  object: 'des champs sous ce nom, un par ligne (nom : valeur)',
  date: 'une date',
  undefined: 'rien',
  null: 'rien (null)',
};

function typeName(type: unknown): string {
  return TYPE_NAMES[String(type)] ?? String(type);
}

/** What a text of a given format looks like, in plain words. */
const FORMAT_NAMES: Record<string, string> = {
  email: 'une adresse e-mail (ex. contact@exemple.fr)',
  url: 'une adresse web (https://…)',
  date: 'une date au format AAAA-MM-JJ (ex. 2027-03-18)',
  time: 'une heure au format HH:MM (ex. 09:30)',
  datetime: 'une date et une heure (ex. 2027-03-18T09:30)',
  regex: 'un texte de la forme décrite pour ce champ',
};

function formatName(format: string): string {
  return FORMAT_NAMES[format] ?? FORMAT_NAMES.regex ?? format;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}

/** By how much a text or a list goes over its maximum, when the input says it. */
function excess(input: unknown, maximum: unknown): number | undefined {
  const size = typeof input === 'string' || Array.isArray(input) ? input.length : undefined;
  return size !== undefined && typeof maximum === 'number' ? size - maximum : undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The generic French message of an issue zod raised on `input`. */
function genericMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? MISSING_FIELD
        : `type incorrect : ${typeName(kindOf(issue.input))} reçu`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'texte trop court ou vide'
        : issue.origin === 'array'
          ? 'liste trop courte'
          : 'valeur trop petite';
    case 'too_big': {
      const over = excess(issue.input, issue.maximum);
      if (issue.origin === 'string')
        return over ? `texte trop long de ${plural(over, 'caractère')}` : 'texte trop long';
      if (issue.origin === 'array')
        return over ? `liste trop longue de ${plural(over, 'élément')}` : 'liste trop longue';
      return 'valeur trop grande';
    }
    case 'invalid_value':
      return `valeur non prévue : ${JSON.stringify(issue.input)}`;
    case 'unrecognized_keys':
      return issue.keys.length > 1
        ? `champs inconnus : ${issue.keys.join(', ')}`
        : `champ inconnu : ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return `« ${String(issue.input)} » n’a pas la forme attendue`;
    default:
      return undefined;
  }
}

/** What the field should hold, in French, when the issue says it. */
function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeName(issue.expected);
    case 'too_small':
      return issue.origin === 'string'
        ? `au moins ${plural(Number(issue.minimum), 'caractère')}`
        : issue.origin === 'array'
          ? `au moins ${plural(Number(issue.minimum), 'élément')}`
          : `au moins ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `au plus ${plural(Number(issue.maximum), 'caractère')}`
        : issue.origin === 'array'
          ? `au plus ${plural(Number(issue.maximum), 'élément')}`
          : `au plus ${issue.maximum}`;
    case 'invalid_value':
      return `l’une de ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return 'uniquement les champs décrits par le gabarit';
    case 'invalid_format':
      return formatName(issue.format);
    default:
      return undefined;
  }
}

/** One schema issue in French: where (zod path), what, and what was expected. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** What the field should hold, in French (`un texte`, `au plus 4 éléments`). */
  readonly expected?: string;
}

export type SchemaResult<C> = { ok: true; data: C } | { ok: false; issues: SchemaIssue[] };

/**
 * Parses `input` with `schema`; every issue comes back worded in French. `expected` comes with the
 * generic messages and with a field's own message of absence: a field's other messages say what
 * they expect (« 90 caractères au plus », « date attendue au format AAAA-MM-JJ »), and saying it
 * twice would only lengthen them.
 */
export function schemaIssues<C>(schema: z.ZodType<C>, input: unknown): SchemaResult<C> {
  const generic = new Set<string>();
  const parsed = schema.safeParse(input, {
    error: (issue) => {
      const message = genericMessage(issue);
      if (message) generic.add(message);
      return message;
    },
  });
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const states = !generic.has(issue.message) && !issue.message.endsWith(MISSING_FIELD);
      const expected = states ? undefined : expectedOf(issue);
      return { path: issue.path, message: issue.message, ...(expected ? { expected } : {}) };
    }),
  };
}

/** `figures[1].label` from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The keys of a path `fieldPath` wrote (`content.figures[1].label`), to find its field again. */
export function fieldPathKeys(path: string): PropertyKey[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? (key as string) : Number(index),
  );
}

export type ContentResult<C> = { ok: true; content: C } | { ok: false; problems: Problem[] };

/**
 * Validates content against a template schema; every problem names its field path (prefixed,
 * e.g. `content.title`) and carries a French message.
 */
export function validateContent<C>(
  schema: z.ZodType<C>,
  input: unknown,
  options: { file?: string; pathPrefix?: string } = {},
): ContentResult<C> {
  const parsed = schemaIssues(schema, input);
  if (parsed.ok) return { ok: true, content: parsed.data };
  const problems = parsed.issues.map(
    (issue): Problem => ({
      code: 'content/invalid',
      severity: 'error',
      message: issue.message,
      path: fieldPath(issue.path, options.pathPrefix ?? ''),
      ...(options.file ? { file: options.file } : {}),
    }),
  );
  return { ok: false, problems };
}
