import type { Problem } from '@blason/core/problem';
import { pointersIn } from '../schema/reference.js';
import type { GroupExtends, TokenDefinition } from '../schema/tree.js';
import { checkValue, expectedValues, type TokenType, tokenTypes } from '../schema/values.js';

/**
 * DTCG 2025.10 group inheritance: a group with `"$extends": "{other.group}"` receives a copy of every
 * token of the other group (its own `$extends` applied first) under the same relative name, except
 * where it defines that name itself: its own token, or its own group at that name, wins. References
 * inside a copied value keep pointing where they pointed. A cycle, a target that is a token or that
 * does not exist is reported on the extending group, whose tokens then inherit nothing.
 */
export function applyExtends(
  tokens: ReadonlyMap<string, TokenDefinition>,
  extending: ReadonlyMap<string, GroupExtends>,
): { definitions: Map<string, TokenDefinition>; problems: Problem[]; failed: Set<string> } {
  const problems: Problem[] = [];
  if (extending.size === 0) return { definitions: new Map(tokens), problems, failed: new Set() };
  const current = new Map(tokens);
  const added = new Map<string, TokenDefinition[]>();
  const state = new Map<string, 'done' | 'failed'>();
  const reportedCycles = new Set<string>();
  const groups = [...extending.keys()].sort();

  const report = (group: GroupExtends, problem: Omit<Problem, 'file' | 'path' | 'line' | 'column'>) =>
    problems.push({
      file: group.file,
      path: group.path,
      ...(group.line === undefined ? {} : { line: group.line, column: group.column }),
      ...problem,
    });
  const reportCycle = (members: readonly string[]) => {
    for (const member of members) state.set(member, 'failed');
    const key = [...members].sort().join('|');
    if (reportedCycles.has(key)) return;
    reportedCycles.add(key);
    // Start at the smallest member so every permutation tells the cycle the same way.
    const first = members.indexOf([...members].sort()[0] as string);
    const cycle = [...members.slice(first), ...members.slice(0, first)];
    const start = extending.get(cycle[0] as string) as GroupExtends;
    report(start, {
      code: 'token/circular-extends',
      message: `circular $extends: ${[...cycle, cycle[0]].join(' → ')}`,
      expected: 'a chain of $extends that ends on a group without $extends',
    });
  };
  const hasGroup = (path: string) => {
    for (const key of current.keys()) if (key.startsWith(`${path}.`)) return true;
    return false;
  };
  /** A copy lands at `path` unless the extending group already has a token or a group there or above. */
  const isFree = (path: string, group: string) => {
    if (current.has(path) || hasGroup(path)) return false;
    const parts = path.split('.');
    for (let end = group.split('.').length + 1; end < parts.length; end++) {
      if (current.has(parts.slice(0, end).join('.'))) return false;
    }
    return true;
  };

  const expand = (path: string, stack: readonly string[]): boolean => {
    const known = state.get(path);
    if (known) return known === 'done';
    const at = stack.indexOf(path);
    if (at >= 0) {
      reportCycle(stack.slice(at));
      return false;
    }
    const group = extending.get(path) as GroupExtends;
    const target = group.target;
    const fail = () => {
      state.set(path, 'failed');
      return false;
    };
    if (target === path || path.startsWith(`${target}.`)) {
      report(group, {
        code: 'token/circular-extends',
        message: `circular $extends: ${path} extends {${target}}, ${target === path ? 'itself' : 'a group that contains it'}`,
        expected: 'a reference to a group outside this one',
      });
      return fail();
    }
    // The target's tokens are final once every $extends that can add to them has been applied.
    const inner = [...stack, path];
    for (const other of groups) {
      if (other === path) continue;
      const feedsTarget =
        other === target || other.startsWith(`${target}.`) || target.startsWith(`${other}.`);
      if (feedsTarget) expand(other, inner);
    }
    // A cycle through this group was reported while its dependencies were expanded.
    if (state.get(path) === 'failed') return false;
    if (current.has(target)) {
      report(group, {
        code: 'token/extends-token',
        message: `$extends {${target}} names a token, not a group`,
        expected: 'a reference to a group (an object holding tokens)',
      });
      return fail();
    }
    if (!hasGroup(target)) {
      report(group, {
        code: 'token/unknown-extends',
        message: `$extends {${target}}: no such group`,
        expected: 'a reference to an existing group of this partner × mode',
      });
      return fail();
    }
    const copies: TokenDefinition[] = [];
    for (const [tokenPath, definition] of [...current]) {
      if (!tokenPath.startsWith(`${target}.`)) continue;
      const copyPath = `${path}.${tokenPath.slice(target.length + 1)}`;
      if (!isFree(copyPath, path)) continue;
      const copy = { ...definition, path: copyPath, inheritedFrom: definition.inheritedFrom ?? tokenPath };
      copies.push(copy);
      current.set(copyPath, copy);
    }
    if (copies.length > 0) added.set(path, copies);
    state.set(path, 'done');
    return true;
  };
  for (const path of groups) expand(path, []);

  const failed = new Set([...state].filter(([, outcome]) => outcome === 'failed').map(([path]) => path));
  return { definitions: ordered(tokens, added), problems, failed };
}

/**
 * A token written without `$type` in a group that extends another takes the type of the token it
 * overrides there (`dark.primary` overriding `base.primary`), then has its value checked against it.
 */
export function typeOverrides(
  definitions: ReadonlyMap<string, TokenDefinition>,
  extending: ReadonlyMap<string, GroupExtends>,
  failed: ReadonlySet<string>,
): { definitions: Map<string, TokenDefinition>; problems: Problem[] } {
  const problems: Problem[] = [];
  const extendingGroupOf = (path: string) =>
    [...extending.keys()]
      .filter((candidate) => path.startsWith(`${candidate}.`))
      .sort((a, b) => b.length - a.length)[0];
  const typeOf = (path: string, seen: ReadonlySet<string>): TokenType | undefined => {
    const definition = definitions.get(path);
    if (!definition || seen.has(path)) return undefined;
    if (!definition.untyped) return definition.type;
    const next = new Set([...seen, path]);
    if (definition.inheritedFrom) return typeOf(definition.inheritedFrom, next);
    const group = extendingGroupOf(path);
    const target = group === undefined ? undefined : extending.get(group)?.target;
    if (group === undefined || target === undefined) return undefined;
    return typeOf(`${target}.${path.slice(group.length + 1)}`, next);
  };
  const result = new Map<string, TokenDefinition>();
  for (const [path, definition] of definitions) {
    if (!definition.untyped) {
      result.set(path, definition);
      continue;
    }
    const { untyped: _, ...rest } = definition;
    const group = extendingGroupOf(path);
    if (group !== undefined && failed.has(group)) {
      // Its group's $extends is broken and reported: one fault, one message.
      result.set(path, { ...rest, invalid: true });
      continue;
    }
    const type = typeOf(path, new Set());
    const at = {
      file: definition.file,
      path,
      ...(definition.line === undefined ? {} : { line: definition.line, column: definition.column }),
    };
    if (type === undefined) {
      problems.push({
        ...at,
        code: 'token/missing-type',
        message:
          'token has no $type (on itself, a parent group, or the token it overrides in the group it extends)',
        expected: `a $type among ${tokenTypes.join(', ')}`,
      });
      result.set(path, { ...rest, invalid: true });
      continue;
    }
    const reason = pointersIn(definition.value).length === 0 ? checkValue(type, definition.value) : undefined;
    if (reason) {
      problems.push({
        ...at,
        code: `token/invalid-${type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`,
        message: `invalid ${type} ${JSON.stringify(definition.value)}: ${reason}`,
        expected: expectedValues[type],
      });
      result.set(path, { ...rest, type, invalid: true });
      continue;
    }
    result.set(path, { ...rest, type });
  }
  return { definitions: result, problems };
}

/** Original order, each group's inherited tokens right after its own (or at the end when it has none). */
function ordered(
  tokens: ReadonlyMap<string, TokenDefinition>,
  added: ReadonlyMap<string, readonly TokenDefinition[]>,
): Map<string, TokenDefinition> {
  const after = new Map<string, string>();
  for (const group of added.keys()) {
    for (const path of tokens.keys()) if (path.startsWith(`${group}.`)) after.set(group, path);
  }
  const anchors = new Map<string, string[]>();
  for (const [group, path] of after) anchors.set(path, [...(anchors.get(path) ?? []), group]);
  const result = new Map<string, TokenDefinition>();
  const place = (group: string) => {
    for (const copy of added.get(group) ?? []) if (!result.has(copy.path)) result.set(copy.path, copy);
  };
  for (const [path, definition] of tokens) {
    result.set(path, definition);
    for (const group of anchors.get(path) ?? []) place(group);
  }
  for (const group of added.keys()) if (!after.has(group)) place(group);
  return result;
}
