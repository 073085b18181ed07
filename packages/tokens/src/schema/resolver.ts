import type { Problem } from '@blason/core/problem';
import { z } from 'zod';
import type { JsonDocument } from '../source/json.js';
import { isPlainObject } from './tree.js';

/**
 * The DTCG resolver module 2025.10: named sets of token sources, modifiers whose contexts each add
 * sources, and the order in which they are layered (later wins).
 */
const reference = z.strictObject({ $ref: z.string().min(1) });
const source = z.union([reference, z.record(z.string(), z.unknown())]);
const setSchema = z.object({ description: z.string().optional(), sources: z.array(source) });
const modifierSchema = z.object({
  description: z.string().optional(),
  contexts: z.record(z.string(), z.array(source)).refine((c) => Object.keys(c).length > 0, 'no contexts'),
  default: z.string().optional(),
});
const inlineSet = setSchema.extend({ type: z.literal('set'), name: z.string().min(1) });
const inlineModifier = modifierSchema.extend({ type: z.literal('modifier'), name: z.string().min(1) });
export const resolverSchema = z.object({
  $schema: z.string().optional(),
  name: z.string().optional(),
  version: z.literal('2025.10'),
  description: z.string().optional(),
  sets: z.record(z.string(), setSchema).optional(),
  modifiers: z.record(z.string(), modifierSchema).optional(),
  resolutionOrder: z.array(z.union([reference, inlineSet, inlineModifier])).min(1),
});

/** Where a permutation's tokens come from: a file (relative to the tokens dir) or tokens written inline. */
export type TokenSource =
  | { readonly kind: 'file'; readonly file: string }
  | { readonly kind: 'inline'; readonly label: string; readonly tokens: Record<string, unknown> };

export type ResolutionStep =
  | { readonly kind: 'set'; readonly name: string; readonly sources: readonly TokenSource[] }
  | {
      readonly kind: 'modifier';
      readonly name: string;
      readonly contexts: Readonly<Record<string, readonly TokenSource[]>>;
      readonly default?: string;
    };

export interface Resolver {
  readonly file: string;
  readonly steps: readonly ResolutionStep[];
  /** Each modifier and its contexts, in resolution order. */
  readonly modifiers: Readonly<Record<string, readonly string[]>>;
}

/** One resolver input: a context chosen for every modifier, e.g. `{ partner: 'capso', mode: 'dark' }`. */
export type Permutation = Readonly<Record<string, string>>;

/** Reads and checks the resolver document; `dir` is the resolver file's folder relative to the tokens dir. */
export function readResolver(
  document: JsonDocument,
  dir: string,
): { resolver?: Resolver; problems: Problem[] } {
  const parsed = resolverSchema.safeParse(document.value);
  const file = document.file;
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        code: 'resolver/invalid',
        message: `invalid resolver: ${issue.message}`,
        file,
        path: issue.path.join('.') || undefined,
        ...document.position(issue.path as (string | number)[]),
        expected: 'a DTCG 2025.10 resolver: { version: "2025.10", sets, modifiers, resolutionOrder }',
      })),
    };
  }
  const problems: Problem[] = [];
  const data = parsed.data;
  const toSources = (sources: readonly z.infer<typeof source>[], label: string): TokenSource[] =>
    sources.map((entry, index) => {
      const ref = isReference(entry) ? entry.$ref : undefined;
      if (ref === undefined) return { kind: 'inline', label: `${label}[${index}]`, tokens: entry };
      return { kind: 'file', file: joinRelative(dir, ref) };
    });
  const steps: ResolutionStep[] = [];
  data.resolutionOrder.forEach((entry, index) => {
    if ('type' in entry && entry.type === 'set') {
      steps.push({
        kind: 'set',
        name: entry.name,
        sources: toSources(entry.sources, `resolutionOrder[${index}]`),
      });
      return;
    }
    if ('type' in entry && entry.type === 'modifier') {
      steps.push(toModifier(entry.name, entry, toSources));
      return;
    }
    const ref = (entry as { $ref: string }).$ref;
    const match = /^#\/(sets|modifiers)\/(.+)$/.exec(ref);
    const name = match?.[2];
    const set = match?.[1] === 'sets' && name !== undefined ? data.sets?.[name] : undefined;
    const modifier = match?.[1] === 'modifiers' && name !== undefined ? data.modifiers?.[name] : undefined;
    if (set && name)
      steps.push({ kind: 'set', name, sources: toSources(set.sources, `sets.${name}.sources`) });
    else if (modifier && name) steps.push(toModifier(name, modifier, toSources));
    else {
      problems.push({
        code: 'resolver/unknown-ref',
        message: `resolutionOrder refers to ${ref}, which the resolver does not define`,
        file,
        path: `resolutionOrder.${index}`,
        ...document.position(['resolutionOrder', index]),
        expected: 'a "#/sets/<name>" or "#/modifiers/<name>" defined in this file',
      });
    }
  });
  const modifiers: Record<string, string[]> = {};
  for (const step of steps) {
    if (step.kind !== 'modifier') continue;
    modifiers[step.name] = Object.keys(step.contexts);
    if (step.default !== undefined && !(step.default in step.contexts)) {
      problems.push({
        code: 'resolver/unknown-default',
        message: `modifier ${step.name} defaults to "${step.default}", which is not one of its contexts`,
        file,
        path: `modifiers.${step.name}.default`,
        expected: Object.keys(step.contexts).join(', '),
      });
    }
  }
  return { resolver: { file, steps, modifiers }, problems };
}

function toModifier(
  name: string,
  modifier: z.infer<typeof modifierSchema>,
  toSources: (sources: readonly z.infer<typeof source>[], label: string) => TokenSource[],
): ResolutionStep {
  const contexts: Record<string, TokenSource[]> = {};
  for (const [context, sources] of Object.entries(modifier.contexts)) {
    contexts[context] = toSources(sources, `modifiers.${name}.contexts.${context}`);
  }
  return {
    kind: 'modifier',
    name,
    contexts,
    ...(modifier.default === undefined ? {} : { default: modifier.default }),
  };
}

function isReference(entry: unknown): entry is { $ref: string } {
  return isPlainObject(entry) && typeof entry.$ref === 'string' && Object.keys(entry).length === 1;
}

function joinRelative(dir: string, ref: string): string {
  const parts = [...(dir ? dir.split('/') : []), ...ref.replace(/^\.\//, '').split('/')];
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** Every combination of modifier contexts, in a stable order (first modifier varies slowest). */
export function enumeratePermutations(resolver: Resolver): Permutation[] {
  let permutations: Record<string, string>[] = [{}];
  for (const [modifier, contexts] of Object.entries(resolver.modifiers)) {
    permutations = permutations.flatMap((p) => contexts.map((context) => ({ ...p, [modifier]: context })));
  }
  return permutations;
}

/** The sources of one permutation, in resolution order (later sources override earlier ones). */
export function sourcesOf(resolver: Resolver, permutation: Permutation): TokenSource[] {
  return resolver.steps.flatMap((step) => {
    if (step.kind === 'set') return [...step.sources];
    const context = permutation[step.name] ?? step.default;
    return context === undefined ? [] : [...(step.contexts[context] ?? [])];
  });
}
