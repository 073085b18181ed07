import type { Problem } from '@blason/core';
import { type LineCounter, parseDocument, LineCounter as YamlLineCounter } from 'yaml';
import type { z } from 'zod';
import { type Entry, type LexiconFile, lexiconFileSchema, type Policy } from './schema.js';

/** A lexicon loaded from one or more files, with where each entry came from. */
export interface Lexicon {
  readonly entries: readonly Entry[];
  readonly policy: Policy;
  /** File each entry was read from, by entry id. */
  readonly sources: ReadonlyMap<string, EntrySource>;
}

export interface EntrySource {
  readonly file: string;
  readonly index: number;
  readonly line?: number;
}

export interface LexiconSource {
  /** Path shown in problems, e.g. `tokens/lexicon/terms.lexicon.yaml`. */
  readonly path: string;
  readonly text: string;
}

export const defaultPolicy: Policy = { inclusive: { default: 'middle-dot' } };

/**
 * Parses and validates lexicon sources (YAML or JSON text). Never throws on bad data: every schema
 * problem is returned with its file, entry id, path and line.
 */
export function parseLexicon(sources: readonly LexiconSource[]): { lexicon: Lexicon; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const sourcesById = new Map<string, EntrySource>();
  let policy: Policy | undefined;
  let policyFile: string | undefined;
  for (const source of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parsed = parseSource(source, problems);
    if (!parsed) continue;
    if (parsed.data.policy) {
      if (policy) {
        problems.push({
          code: 'lexicon/duplicate-policy',
          message: `policy is already defined in ${policyFile}`,
          file: source.path,
          path: 'policy',
          expected: 'a single policy block across the lexicon files',
        });
      } else {
        policy = parsed.data.policy;
        policyFile = source.path;
      }
    }
    (parsed.data.entries ?? []).forEach((entry, index) => {
      const line = lineOf(parsed.doc, parsed.lineCounter, ['entries', index]);
      const previous = sourcesById.get(entry.id);
      if (previous) {
        problems.push({
          code: 'lexicon/duplicate-id',
          message: `entry id "${entry.id}" is already used in ${previous.file}`,
          file: source.path,
          path: `entries[${index}] (${entry.id})`,
          line,
          expected: 'unique entry ids across the lexicon',
        });
        return;
      }
      sourcesById.set(entry.id, { file: source.path, index, line });
      entries.push(entry);
    });
  }
  return { lexicon: { entries, policy: policy ?? defaultPolicy, sources: sourcesById }, problems };
}

interface ParsedSource {
  readonly data: LexiconFile;
  readonly doc: ReturnType<typeof parseDocument>;
  readonly lineCounter: LineCounter;
}

function parseSource(source: LexiconSource, problems: Problem[]): ParsedSource | undefined {
  const lineCounter = new YamlLineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const position = lineCounter.linePos(error.pos[0]);
      problems.push({
        code: 'lexicon/syntax',
        message: `cannot parse: ${error.message.split('\n')[0]}`,
        file: source.path,
        line: position.line,
        column: position.col,
        expected: 'valid YAML or JSON',
      });
    }
    return undefined;
  }
  const raw: unknown = doc.toJS();
  const result = lexiconFileSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push(issueProblem(issue, source.path, raw, doc, lineCounter));
    return undefined;
  }
  return { data: result.data, doc, lineCounter };
}

function issueProblem(
  issue: z.core.$ZodIssue,
  file: string,
  raw: unknown,
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
): Problem {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  const entryId = entryIdAt(raw, path);
  const line = lineOf(doc, lineCounter, path);
  return {
    code: 'lexicon/schema',
    message: `${entryId ? `entry "${entryId}": ` : ''}${issue.message}`,
    file,
    path: formatPath(path),
    line,
    expected: expectedOf(issue),
  };
}

function entryIdAt(raw: unknown, path: readonly (string | number)[]): string | undefined {
  if (path[0] !== 'entries' || typeof path[1] !== 'number') return undefined;
  const entries = (raw as { entries?: unknown[] }).entries;
  const entry = entries?.[path[1]] as { id?: unknown } | undefined;
  return typeof entry?.id === 'string' ? entry.id : `#${path[1]}`;
}

function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_value') return issue.values.map((v) => JSON.stringify(v)).join(' | ');
  if (issue.code === 'unrecognized_keys') return 'only the documented keys';
  return undefined;
}

export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

function lineOf(
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
