import type { Problem } from '@blason/core';
import { fieldPath, type SchemaIssue } from '@blason/templates';
import { type Document, isMap, isSeq, LineCounter } from 'yaml';

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
