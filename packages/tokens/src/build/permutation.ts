import type { DesignTokens } from 'style-dictionary/types';
import type { ResolvedPermutation } from '../brand.js';
import { ROOT_OUTPUT_NAME, ROOT_TOKEN } from '../schema/tree.js';
import { setIn } from '../util/set-in.js';
import type { Entry } from './formats.js';

/** What one Style Dictionary run produces. */
export interface StyleDictionaryOutput {
  /** CSS custom properties (typography expanded), in tree order. */
  readonly css: readonly Entry[];
  /** Values as code uses them (hex, px, ms), in tree order. */
  readonly values: readonly Entry[];
}

/**
 * The DTCG tree Style Dictionary reads: the tokens of `paths` in one permutation, with references
 * already followed by our resolver (Style Dictionary 4.4 cannot read resolver files, and re-resolving
 * hundreds of aliases per permutation is where it spends its time) and every token typed explicitly.
 */
export function permutationTree(permutation: ResolvedPermutation, paths: ReadonlySet<string>): DesignTokens {
  const root: Record<string, unknown> = {};
  for (const [path, definition] of permutation.definitions) {
    const resolved = permutation.tokens.get(path);
    if (!resolved || !paths.has(path)) continue;
    setIn(root, outputPath(path), {
      $value: resolved.value,
      $type: resolved.type,
      ...(definition.description === undefined ? {} : { $description: definition.description }),
      ...(resolved.unit === undefined ? {} : { $extensions: { 'org.blason.unit': resolved.unit } }),
    });
  }
  return root as DesignTokens;
}

/**
 * The path a token takes in every output. A group's base token `$root` (DTCG 2025.10) becomes `root`:
 * Style Dictionary 4.4 reads `$` keys as properties, and a CSS name cannot hold a `$`.
 */
export function outputPath(path: string): string[] {
  return path.split('.').map((segment) => (segment === ROOT_TOKEN ? ROOT_OUTPUT_NAME : segment));
}
