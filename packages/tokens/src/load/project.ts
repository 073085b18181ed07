import { join } from 'node:path';
import type { Problem } from '@blason/core/problem';
import type { z } from 'zod';
import { mergeSources, type SourceTokens } from '../resolve/merge.js';
import { type AxisMeta, axesFileSchema, type PartnerMeta, partnerMetaSchema } from '../schema/metadata.js';
import {
  enumeratePermutations,
  type Permutation,
  type Resolver,
  readResolver,
  sourcesOf,
  type TokenSource,
} from '../schema/resolver.js';
import { readTokenTree, type TokenDefinition } from '../schema/tree.js';
import type { JsonDocument } from '../source/json.js';
import { TokensDir } from './files.js';

export const RESOLVER_FILE = 'blason.resolver.json';
export const PARTNER_MODIFIER = 'partner';
export const MODE_MODIFIER = 'mode';

/** Everything read from a tokens directory, before any permutation is resolved. */
export interface TokenProject {
  readonly dir: TokensDir;
  readonly resolver: Resolver | undefined;
  readonly permutations: readonly Permutation[];
  readonly partnerIds: readonly string[];
  readonly modes: readonly string[];
  readonly partners: readonly PartnerMeta[];
  readonly axes: readonly AxisMeta[];
  /** Definitions of every source, keyed by file (or inline label), as written (before `$extends`). */
  readonly sources: ReadonlyMap<string, readonly TokenDefinition[]>;
  /** The tokens and the groups' `$extends` of every source, keyed like `sources`. */
  readonly sourceTokens: ReadonlyMap<string, SourceTokens>;
  /** Problems found while reading: syntax, schema, resolver, metadata. */
  readonly problems: readonly Problem[];
}

export async function loadProject(tokensDir: string): Promise<TokenProject> {
  const dir = new TokensDir(tokensDir);
  const problems: Problem[] = [];
  const resolverRead = await dir.readJson(RESOLVER_FILE);
  problems.push(...resolverRead.problems);
  const { resolver, problems: resolverProblems } = resolverRead.document
    ? readResolver(resolverRead.document, '')
    : { resolver: undefined, problems: [] };
  problems.push(...resolverProblems);

  const sources = new Map<string, SourceTokens>();
  if (resolver) {
    const all = resolver.steps.flatMap((step) =>
      step.kind === 'set' ? step.sources : Object.values(step.contexts).flat(),
    );
    await Promise.all(all.map(async (source) => readSource(dir, source, sources, problems)));
    problems.push(...(await unreferencedFiles(dir, new Set(sources.keys()))));
  }

  const partnerIds = resolver?.modifiers[PARTNER_MODIFIER] ?? [];
  const modes = resolver?.modifiers[MODE_MODIFIER] ?? [];
  if (resolver) {
    for (const modifier of [PARTNER_MODIFIER, MODE_MODIFIER]) {
      if (!(modifier in resolver.modifiers)) {
        problems.push({
          code: 'resolver/missing-modifier',
          message: `the resolver has no "${modifier}" modifier`,
          file: dir.display(RESOLVER_FILE),
          path: `modifiers.${modifier}`,
          expected: `a modifier "${modifier}" listed in resolutionOrder`,
        });
      }
    }
  }
  const partners = await readPartners(dir, partnerIds, problems);
  const axes = await readAxes(dir, problems);
  return {
    dir,
    resolver,
    permutations: resolver ? enumeratePermutations(resolver) : [],
    partnerIds,
    modes,
    partners,
    axes,
    sources: new Map([...sources].map(([key, source]) => [key, source.tokens])),
    sourceTokens: sources,
    problems: dedupe(problems),
  };
}

/**
 * The definitions of one permutation, later sources overriding earlier ones, with every `$extends`
 * applied (see `mergeSources`); the problems are those of the merge (extends, token/group clashes).
 */
export function definitionsOf(
  project: TokenProject,
  permutation: Permutation,
): { definitions: Map<string, TokenDefinition>; problems: Problem[] } {
  if (!project.resolver) return { definitions: new Map(), problems: [] };
  const sources = sourcesOf(project.resolver, permutation).flatMap((source) => {
    const tokens = project.sourceTokens.get(sourceKey(source));
    return tokens ? [tokens] : [];
  });
  return mergeSources(sources);
}

function sourceKey(source: TokenSource): string {
  return source.kind === 'file' ? source.file : `inline:${source.label}`;
}

async function readSource(
  dir: TokensDir,
  source: TokenSource,
  sources: Map<string, SourceTokens>,
  problems: Problem[],
): Promise<void> {
  const key = sourceKey(source);
  if (sources.has(key)) return;
  sources.set(key, { tokens: [], extending: [] });
  let document: JsonDocument | undefined;
  if (source.kind === 'file') {
    const read = await dir.readJson(source.file);
    problems.push(...read.problems);
    document = read.document;
  } else {
    document = {
      file: `${dir.display(RESOLVER_FILE)} (${source.label})`,
      value: source.tokens,
      position: () => undefined,
    };
  }
  if (!document) return;
  const tree = readTokenTree(document);
  problems.push(...tree.problems);
  sources.set(key, { tokens: tree.tokens, extending: tree.extending });
}

/** Token files that no set or context names are most likely a forgotten resolver entry. */
async function unreferencedFiles(dir: TokensDir, referenced: ReadonlySet<string>): Promise<Problem[]> {
  const files = await dir.list('', '.tokens.json');
  return files
    .filter((file) => !referenced.has(file))
    .map((file) => ({
      code: 'resolver/unreferenced-file',
      message: 'token file not used by the resolver',
      file: dir.display(file),
      expected: `a source in ${RESOLVER_FILE}`,
      severity: 'warning' as const,
    }));
}

async function readPartners(
  dir: TokensDir,
  partnerIds: readonly string[],
  problems: Problem[],
): Promise<PartnerMeta[]> {
  const files = await dir.list('partners', '.partner.json');
  const partners: PartnerMeta[] = [];
  for (const file of files) {
    const { document, problems: readProblems } = await dir.readJson(file);
    problems.push(...readProblems);
    if (!document) continue;
    const parsed = validate(partnerMetaSchema, document, 'partner metadata', problems);
    if (!parsed) continue;
    const stem = file.slice(file.lastIndexOf('/') + 1, -'.partner.json'.length);
    if (parsed.id !== stem) {
      problems.push({
        code: 'partner/id-mismatch',
        message: `partner id "${parsed.id}" differs from its file name`,
        file: document.file,
        path: 'id',
        ...document.position(['id']),
        expected: `"${stem}"`,
      });
    }
    partners.push(parsed);
  }
  const known = new Set(partners.map((p) => p.id));
  for (const id of partnerIds) {
    if (!known.has(id) && !files.some((file) => file.endsWith(`/${id}.partner.json`))) {
      problems.push({
        code: 'partner/missing-metadata',
        message: `partner "${id}" of the resolver has no metadata file`,
        file: dir.display(`partners/${id}.partner.json`),
        expected: 'a partner metadata file beside its tokens',
      });
    }
  }
  for (const partner of partners) {
    if (partnerIds.length > 0 && !partnerIds.includes(partner.id)) {
      problems.push({
        code: 'partner/not-in-resolver',
        message: `partner "${partner.id}" has metadata but no context in the resolver's partner modifier`,
        file: dir.display(`partners/${partner.id}.partner.json`),
        expected: `one of ${partnerIds.join(', ')}`,
      });
    }
  }
  const order = new Map(partnerIds.map((id, index) => [id, index]));
  return partners.sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
}

async function readAxes(dir: TokensDir, problems: Problem[]): Promise<AxisMeta[]> {
  const { document, problems: readProblems } = await dir.readJson('axes/axes.json');
  problems.push(...readProblems);
  if (!document) return [];
  const parsed = validate(axesFileSchema, document, 'axis metadata', problems);
  if (!parsed) return [];
  return parsed.axes.map((axis) => ({ ...axis, pictogramFile: join(dir.root, 'axes', axis.pictogram) }));
}

function validate<T extends z.ZodType>(
  schema: T,
  document: JsonDocument,
  what: string,
  problems: Problem[],
): z.output<T> | undefined {
  const parsed = schema.safeParse(document.value);
  if (parsed.success) return parsed.data;
  for (const issue of flattenIssues(parsed.error.issues)) {
    const path = issue.path.map(String);
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    problems.push({
      code: `${what.split(' ')[0]}/invalid`,
      message: missing ? `missing required field "${path.join('.')}"` : `invalid ${what}: ${issue.message}`,
      file: document.file,
      path: path.join('.') || undefined,
      ...(document.position(issue.path as (string | number)[]) ??
        document.position(issue.path.slice(0, -1) as (string | number)[])),
      expected: describeExpected(issue),
    });
  }
  return undefined;
}

interface LooseIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly keys?: readonly string[];
  readonly errors?: readonly (readonly LooseIssue[])[];
}

/** For a union (array or { axes }), keep the issues of the branch that matched the input's shape best. */
function flattenIssues(issues: readonly LooseIssue[]): LooseIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors) return [issue];
    const best = [...issue.errors].sort((a, b) => a.length - b.length).find((branch) => branch.length > 0);
    return best
      ? flattenIssues(best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })))
      : [issue];
  });
}

function describeExpected(issue: LooseIssue): string | undefined {
  if (issue.code === 'unrecognized_keys') return 'only the documented fields';
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') return `a ${issue.expected}`;
  return undefined;
}

function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.code, problem.file, problem.path, problem.line, problem.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
