import type { Problem } from '@blason/core/problem';
import type { Cmyk } from '../schema/extensions.js';
import { parseReference, valueAtPath } from '../schema/reference.js';
import { aliasTarget, isPlainObject, type TokenDefinition } from '../schema/tree.js';
import { checkValue, expectedValues, type TokenType } from '../schema/values.js';
import { type NormalizedValue, normalizeValue } from './normalize.js';

/** A token of one permutation with every reference followed. */
export interface ResolvedToken {
  readonly path: string;
  readonly type: TokenType;
  /** The DTCG `$value` with every alias replaced by its target's value. */
  readonly value: unknown;
  /** The value as code uses it (hex, px, ms…). */
  readonly normalized: NormalizedValue;
  readonly definition: TokenDefinition;
  /** Direct target when the whole value is an alias (`{color.blue.700}`). */
  readonly aliasOf?: string;
  /** Print values: the token's own, or those of the token it aliases. */
  readonly print?: { readonly cmyk: Cmyk; readonly pantone?: string };
  readonly unit?: 'mm';
}

type Failure = { readonly failed: true };
const FAILED: Failure = { failed: true };

/**
 * Follows every reference of one permutation's merged tokens. Unknown and circular references are
 * reported once, with the whole chain that led to them; tokens depending on a broken one are skipped.
 */
export function resolveReferences(definitions: ReadonlyMap<string, TokenDefinition>): {
  tokens: Map<string, ResolvedToken>;
  problems: Problem[];
} {
  const resolved = new Map<string, ResolvedToken | Failure>();
  const problems: Problem[] = [];
  const reportedCycles = new Set<string>();
  const groups = groupPrefixes(definitions);

  const report = (definition: TokenDefinition, problem: Omit<Problem, 'file' | 'path' | 'line' | 'column'>) =>
    problems.push({
      file: definition.file,
      path: definition.path,
      ...(definition.line === undefined ? {} : { line: definition.line, column: definition.column }),
      ...problem,
    });

  const resolveToken = (path: string, stack: readonly string[]): ResolvedToken | Failure => {
    const known = resolved.get(path);
    if (known) return known;
    const definition = definitions.get(path);
    if (!definition) return FAILED;
    const cycleStart = stack.indexOf(path);
    if (cycleStart >= 0) {
      const members = stack.slice(cycleStart);
      const key = [...members].sort().join('|');
      if (!reportedCycles.has(key)) {
        reportedCycles.add(key);
        // Start the cycle at its smallest member so every permutation reports it the same way.
        const first = members.indexOf([...members].sort()[0] as string);
        const cycle = [...members.slice(first), ...members.slice(0, first)];
        const start = definitions.get(cycle[0] as string) ?? definition;
        report(start, {
          code: 'token/circular-reference',
          message: `circular reference: ${[...cycle, cycle[0]].join(' → ')}`,
          expected: 'a chain of aliases that ends on a literal value',
        });
      }
      return FAILED;
    }
    const result = resolveDefinition(definition, [...stack, path]);
    resolved.set(path, result);
    return result;
  };

  const dereference = (
    value: unknown,
    stack: readonly string[],
    owner: TokenDefinition,
  ): { value: unknown } | Failure => {
    const reference = parseReference(value);
    if (reference && 'token' in reference) {
      const target = reference.token;
      if (!definitions.has(target)) {
        const isGroup = groups.has(target);
        report(owner, {
          code: 'token/unknown-reference',
          message: `${isGroup ? 'reference to a group, not a token' : 'unknown reference'} {${target}} (chain: ${[...stack, target].join(' → ')})`,
          expected: 'a reference to an existing token of this partner × mode',
        });
        return FAILED;
      }
      const token = resolveToken(target, stack);
      if ('failed' in token) return FAILED;
      const part = valueAtPath(token.value, reference.subPath);
      if ('missing' in part) {
        report(owner, {
          code: 'token/unknown-reference',
          message: `unknown reference ${reference.written}: the value of ${target} has no ${part.missing}`,
          expected: "a JSON Pointer to a token's $value or to a part of it that exists",
        });
        return FAILED;
      }
      return { value: part.value };
    }
    if (Array.isArray(value)) {
      const items: unknown[] = [];
      for (const item of value) {
        const result = dereference(item, stack, owner);
        if ('failed' in result) return FAILED;
        items.push(result.value);
      }
      return { value: items };
    }
    if (isPlainObject(value)) {
      const object: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const result = dereference(item, stack, owner);
        if ('failed' in result) return FAILED;
        object[key] = result.value;
      }
      return { value: object };
    }
    return { value };
  };

  const resolveDefinition = (
    definition: TokenDefinition,
    stack: readonly string[],
  ): ResolvedToken | Failure => {
    if (definition.invalid) return FAILED;
    const aliasOf = aliasTarget(definition.value);
    let target: ResolvedToken | undefined;
    if (aliasOf !== undefined && definitions.has(aliasOf)) {
      const result = resolveToken(aliasOf, stack);
      if ('failed' in result) return FAILED;
      target = result;
    }
    const dereferenced = target ? { value: target.value } : dereference(definition.value, stack, definition);
    if ('failed' in dereferenced) return FAILED;
    const type = definition.type ?? target?.type;
    if (type === undefined) return FAILED; // an untyped alias to a missing token: already reported
    if (target && definition.type !== undefined && target.type !== definition.type) {
      report(definition, {
        code: 'token/type-mismatch',
        message: `${definition.type} token aliases {${aliasOf}}, a ${target.type} token`,
        expected: `a reference to a ${definition.type} token`,
      });
      return FAILED;
    }
    if (!target && dereferenced.value !== definition.value) {
      const reason = checkValue(type, dereferenced.value);
      if (reason) {
        report(definition, {
          code: `token/invalid-${type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`,
          message: `invalid ${type} once references are followed: ${reason}`,
          expected: expectedValues[type],
        });
        return FAILED;
      }
    }
    const print = definition.print ?? target?.print;
    const unit = definition.unit ?? target?.unit;
    return {
      path: definition.path,
      type,
      value: dereferenced.value,
      normalized:
        target && target.type === type ? target.normalized : normalizeValue(type, dereferenced.value),
      definition,
      ...(aliasOf === undefined ? {} : { aliasOf }),
      ...(print === undefined ? {} : { print }),
      ...(unit === undefined ? {} : { unit }),
    };
  };

  for (const path of [...definitions.keys()].sort()) resolveToken(path, []);
  const tokens = new Map<string, ResolvedToken>();
  for (const [path, token] of resolved) if (!('failed' in token)) tokens.set(path, token);
  return { tokens: new Map([...tokens].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), problems };
}

function groupPrefixes(definitions: ReadonlyMap<string, TokenDefinition>): Set<string> {
  const groups = new Set<string>();
  for (const path of definitions.keys()) {
    const parts = path.split('.');
    for (let i = 1; i < parts.length; i++) groups.add(parts.slice(0, i).join('.'));
  }
  return groups;
}
