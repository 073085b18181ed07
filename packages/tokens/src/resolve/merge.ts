import type { Problem } from '@blason/core/problem';
import type { GroupExtends, TokenDefinition } from '../schema/tree.js';
import { applyExtends, typeOverrides } from './extends.js';
import { nameCollisions } from './name-clashes.js';

/** What one token source contributes to a permutation. */
export interface SourceTokens {
  readonly tokens: readonly TokenDefinition[];
  readonly extending: readonly GroupExtends[];
}

/**
 * The definitions of one permutation: its sources layered in order (a later token replaces an earlier
 * one of the same path, a later `$extends` of a group replaces an earlier one), then every group's
 * `$extends` applied, then checked that no name is both a token and a group. This is the
 * preprocessing every consumer shares: the checks, the theme, and Style Dictionary, which only ever
 * sees the merged tokens.
 */
export function mergeSources(sources: readonly SourceTokens[]): {
  definitions: Map<string, TokenDefinition>;
  problems: Problem[];
} {
  const merged = new Map<string, TokenDefinition>();
  const extending = new Map<string, GroupExtends>();
  for (const source of sources) {
    for (const token of source.tokens) merged.set(token.path, token);
    for (const group of source.extending) extending.set(group.path, group);
  }
  const inherited = applyExtends(merged, extending);
  const typed = typeOverrides(inherited.definitions, extending, inherited.failed);
  return {
    definitions: typed.definitions,
    problems: [...inherited.problems, ...typed.problems, ...nameCollisions(typed.definitions)],
  };
}
