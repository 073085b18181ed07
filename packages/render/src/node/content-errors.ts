import type { Problem } from '@blason/core';
import { type Document, isMap, isSeq, LineCounter } from 'yaml';
import type { z } from 'zod';

/** French names of the JSON types zod reports, for officers reading content errors. */
const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux (true/false)',
  array: 'une liste',
  object: 'un objet (des champs nommés)',
  date: 'une date',
  undefined: 'rien',
  null: 'rien (null)',
};

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

function typeName(type: unknown): string {
  return TYPE_NAMES[String(type)] ?? String(type);
}

/** A zod issue as a French problem; `expected` names the type or values the field should have. */
function describe(issue: z.core.$ZodIssue, received: unknown): { message: string; expected?: string } {
  switch (issue.code) {
    case 'invalid_type':
      return received === undefined
        ? { message: 'champ obligatoire manquant', expected: typeName(issue.expected) }
        : {
            message: `type incorrect : ${typeName(describeValue(received))} reçu`,
            expected: typeName(issue.expected),
          };
    case 'too_small':
      return issue.origin === 'string'
        ? { message: 'texte trop court ou vide', expected: `au moins ${issue.minimum} caractère(s)` }
        : issue.origin === 'array'
          ? { message: 'liste trop courte', expected: `au moins ${issue.minimum} élément(s)` }
          : { message: 'valeur trop petite', expected: `au moins ${issue.minimum}` };
    case 'too_big':
      return issue.origin === 'string'
        ? { message: 'texte trop long', expected: `au plus ${issue.maximum} caractères` }
        : issue.origin === 'array'
          ? { message: 'liste trop longue', expected: `au plus ${issue.maximum} élément(s)` }
          : { message: 'valeur trop grande', expected: `au plus ${issue.maximum}` };
    case 'invalid_value':
      return {
        message: `valeur non prévue : ${JSON.stringify(received)}`,
        expected: `l’une de ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'unrecognized_keys':
      return {
        message: `champ(s) inconnu(s) : ${issue.keys.join(', ')}`,
        expected: 'uniquement les champs décrits par le gabarit',
      };
    case 'invalid_format':
      return { message: `format incorrect (${issue.format})`, expected: issue.format };
    default:
      return { message: issue.message };
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/** Line and column of a path in a YAML/JSON document (the closest existing ancestor). */
export function positionOf(
  doc: Document | undefined,
  lines: LineCounter | undefined,
  path: readonly PropertyKey[],
): { line?: number; column?: number } {
  if (!doc || !lines) return {};
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
      | { range?: [number, number, number] }
      | undefined;
    const start = node && (isMap(node) || isSeq(node) || 'range' in node) ? node.range?.[0] : undefined;
    if (start !== undefined) {
      const { line, col } = lines.linePos(start);
      return { line, column: col };
    }
  }
  return {};
}

/** Every issue of a failed content validation as a French problem with file, path and position. */
export function contentProblems(
  error: z.ZodError,
  options: {
    file: string;
    data: unknown;
    prefix?: readonly PropertyKey[];
    doc?: Document;
    lines?: LineCounter;
  },
): Problem[] {
  const prefix = options.prefix ?? [];
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const { message, expected } = describe(issue, valueAt(options.data, path));
    // `expected` is folded into the French sentence: formatProblem would print it in English.
    return {
      code: 'render/invalid-content',
      severity: 'error' as const,
      file: options.file,
      ...positionOf(options.doc, options.lines, path),
      path: fieldPath(path),
      message: expected ? `${message} (attendu : ${expected})` : message,
    };
  });
}

export { LineCounter };
