import type { Problem } from '@blason/core';
import { fieldPath, type SchemaIssue } from '@blason/templates';
import {
  type Document,
  type ErrorCode,
  isMap,
  isSeq,
  LineCounter,
  visit,
  type YAMLError,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/** What each YAML syntax fault means, in the words of someone who edits a campaign by hand. */
const YAML_FAULTS: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: 'décalage incorrect : alignez cette ligne sur les champs de même niveau',
  TAB_AS_INDENT: 'tabulation en début de ligne : décalez avec des espaces',
  MISSING_CHAR: 'un caractère manque (guillemet, crochet ou accolade fermant)',
  MULTILINE_IMPLICIT_KEY: 'un nom de champ tient sur une ligne et finit par « : »',
  BLOCK_AS_IMPLICIT_KEY: 'un nom de champ tient sur une ligne et finit par « : »',
  DUPLICATE_KEY: 'ce champ est écrit deux fois',
  UNEXPECTED_TOKEN: 'caractère inattendu à cet endroit',
  BAD_SCALAR_START: 'ce texte commence par un caractère réservé : mettez-le entre guillemets',
  BAD_DQ_ESCAPE: 'échappement inconnu entre guillemets (« \\ » suivi d’un caractère non prévu)',
  BLOCK_IN_FLOW: 'une liste entre crochets ne contient pas de lignes décalées',
  MULTIPLE_DOCS: 'un seul document par fichier (pas de « --- » au milieu)',
  KEY_OVER_1024_CHARS: 'nom de champ trop long',
};

/**
 * The parser reports a list or a map left open (« partners: [capso, territoire » with no « ] ») on
 * the line after it, as an indentation fault: said as what it is, where it opens.
 */
const UNCLOSED = /end with a [\]}]/;
const UNCLOSED_FAULTS = {
  list: 'une liste entre crochets n’est pas fermée : ajoutez « ] » à la fin de la liste',
  map: 'un objet entre accolades n’est pas fermé : ajoutez « } » à sa fin',
} as const;

/** The innermost flow collection (`[…]`, `{…}`) of the parsed document that runs up to `offset`. */
function openFlowAt(doc: Document, offset: number): YAMLMap | YAMLSeq | undefined {
  let found: YAMLMap | YAMLSeq | undefined;
  visit(doc, {
    Collection(_, node) {
      const [start, end] = node.range ?? [];
      if (node.flow && start !== undefined && end !== undefined && start < offset && offset <= end)
        found = node;
    },
  });
  return found;
}

/** The fault's position and wording: an unclosed list or map where it opens, others where reported. */
function located(error: YAMLError, lines: LineCounter, doc: Document | undefined) {
  const open = doc && UNCLOSED.test(error.message) ? openFlowAt(doc, error.pos[0]) : undefined;
  const start = open?.range?.[0];
  if (open && start !== undefined)
    return { pos: lines.linePos(start), fault: UNCLOSED_FAULTS[isSeq(open) ? 'list' : 'map'] };
  return {
    pos: error.linePos?.[0] ?? lines.linePos(error.pos[0]),
    fault: YAML_FAULTS[error.code] ?? 'écriture incorrecte à cet endroit',
  };
}

/**
 * A YAML (or JSON) syntax fault as a French problem: the line and column in the sentence too, for
 * whoever reads only the message (the studio, a CI annotation).
 */
export function syntaxProblem(
  error: YAMLError,
  options: { file: string; format: 'YAML' | 'JSON'; lines: LineCounter; doc?: Document },
): Problem {
  const { file, format } = options;
  const { pos, fault } = located(error, options.lines, options.doc);
  const where = pos ? `, ligne ${pos.line}, colonne ${pos.col}` : '';
  return {
    code: 'render/campaign-syntax',
    severity: 'error',
    file,
    ...(pos ? { line: pos.line, column: pos.col } : {}),
    message: `syntaxe ${format} invalide${where}\u00a0: ${fault}`,
    language: 'fr',
  };
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

/**
 * The French schema issues of a campaign file (worded once, by `@blason/templates`' `schemaIssues`)
 * as problems with the file, the field path and its line and column in the YAML/JSON source.
 */
export function contentProblems(
  issues: readonly SchemaIssue[],
  options: { file: string; prefix?: readonly PropertyKey[]; doc?: Document; lines?: LineCounter },
): Problem[] {
  const prefix = options.prefix ?? [];
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    // `expected` is folded into the French sentence: formatProblem would print it in English.
    return {
      code: 'content/invalid',
      severity: 'error' as const,
      file: options.file,
      ...positionOf(options.doc, options.lines, path),
      path: fieldPath(path),
      message: issue.expected ? `${issue.message} (attendu : ${issue.expected})` : issue.message,
    };
  });
}

export { LineCounter };
