import { sha256, stableStringify } from '@blason/core';
import type { ResolvedPermutation } from '../brand.js';
import type { Entry } from './formats.js';
import { outputPath, permutationTree, type StyleDictionaryOutput } from './permutation.js';

/**
 * Style Dictionary is loaded on the first build, not with this module: importing it cost every
 * render thread about 0.13 s of CPU at start-up (0.5 s through tsx from the sources) for a package
 * it never runs (it only reads the brand).
 */
const styleDictionary = () => import('./style-dictionary.js');

/** On which modifiers a token's value depends, across every permutation. */
export type Layer = 'shared' | 'mode' | 'partner' | 'permutation';

/**
 * Sorts token paths by what their value depends on, as the resolver layers them: the same in every
 * permutation, per mode, per partner, or per partner × mode (a mode colour aliasing the partner accent).
 */
export function classifyPaths(permutations: readonly ResolvedPermutation[]): Map<string, Layer> {
  const layers = new Map<string, Layer>();
  const first = permutations[0];
  if (!first) return layers;
  for (const path of first.tokens.keys()) {
    const values = permutations.map((p) => JSON.stringify(p.tokens.get(path)?.value));
    const dependsOnlyOn = (key: (p: ResolvedPermutation) => string) => {
      const seen = new Map<string, string>();
      return permutations.every((p, i) => {
        const known = seen.get(key(p));
        seen.set(key(p), values[i] as string);
        return known === undefined || known === values[i];
      });
    };
    if (values.every((value) => value === values[0])) layers.set(path, 'shared');
    else if (dependsOnlyOn((p) => p.mode)) layers.set(path, 'mode');
    else if (dependsOnlyOn((p) => p.partner)) layers.set(path, 'partner');
    else layers.set(path, 'permutation');
  }
  return layers;
}

export interface LayeredOutput {
  readonly shared: StyleDictionaryOutput;
  /** Every non-shared entry of each selected permutation, in the order of its token files. */
  readonly permutations: readonly {
    readonly permutation: ResolvedPermutation;
    readonly css: Entry[];
    readonly values: Entry[];
  }[];
}

/**
 * Builds the layers of any selection of a brand's permutations: one Style Dictionary instance per
 * layer context — the shared values, each mode, each partner — and one per partner × mode for the
 * tokens that depend on both, run concurrently. The paths are classified once, and a layer whose
 * Style Dictionary input is the same as an earlier one's (the shared values, a mode's) reuses its
 * output, so a kit building each partner on its own pays for those once.
 */
export function createLayerBuilder(
  all: readonly ResolvedPermutation[],
): (selected: readonly ResolvedPermutation[]) => Promise<LayeredOutput> {
  const layers = classifyPaths(all);
  const pathsOf = (layer: Layer) => new Set([...layers].filter(([, l]) => l === layer).map(([path]) => path));
  const [sharedPaths, modePaths, partnerPaths, permutationPaths] = (
    ['shared', 'mode', 'partner', 'permutation'] as const
  ).map(pathsOf) as [Set<string>, Set<string>, Set<string>, Set<string>];
  const outputs = new Map<string, Promise<StyleDictionaryOutput>>();
  const run = (permutation: ResolvedPermutation, paths: Set<string>) => {
    if (paths.size === 0) return Promise.resolve(empty);
    const tree = permutationTree(permutation, paths);
    const key = sha256(stableStringify(tree, 0));
    let output = outputs.get(key);
    if (!output) {
      output = styleDictionary().then(({ runStyleDictionary }) => runStyleDictionary(tree));
      outputs.set(key, output);
      output.catch(() => outputs.delete(key));
    }
    return output;
  };
  return async (selected) => {
    const firstOf = (key: (p: ResolvedPermutation) => string) => {
      const map = new Map<string, ResolvedPermutation>();
      for (const p of selected) if (!map.has(key(p))) map.set(key(p), p);
      return map;
    };
    const byMode = firstOf((p) => p.mode);
    const byPartner = firstOf((p) => p.partner);
    const [shared, modeOutputs, partnerOutputs, own] = await Promise.all([
      run(all[0] as ResolvedPermutation, sharedPaths),
      runEach(byMode, (p) => run(p, modePaths)),
      runEach(byPartner, (p) => run(p, partnerPaths)),
      Promise.all(selected.map((p) => run(p, permutationPaths))),
    ]);
    return {
      shared,
      permutations: selected.map((permutation, index) => {
        const parts = [
          modeOutputs.get(permutation.mode),
          partnerOutputs.get(permutation.partner),
          own[index],
        ];
        const order = definitionOrder(permutation);
        return {
          permutation,
          css: inOrder(
            parts.flatMap((part) => part?.css ?? []),
            order,
          ),
          values: inOrder(
            parts.flatMap((part) => part?.values ?? []),
            order,
          ),
        };
      }),
    };
  };
}

const empty: StyleDictionaryOutput = { css: [], values: [] };

async function runEach<T>(
  map: ReadonlyMap<string, ResolvedPermutation>,
  run: (p: ResolvedPermutation) => Promise<T>,
): Promise<Map<string, T>> {
  const results = await Promise.all([...map].map(async ([key, p]) => [key, await run(p)] as const));
  return new Map(results);
}

/** By output path (`$root` is `root` there), as Style Dictionary's entries name their token. */
function definitionOrder(permutation: ResolvedPermutation): Map<string, number> {
  return new Map(
    [...permutation.definitions.keys()].map((path, index) => [outputPath(path).join('.'), index]),
  );
}

/** Entries in the order of the token files; expanded sub-values (typography) follow their token. */
function inOrder(entries: Entry[], order: ReadonlyMap<string, number>): Entry[] {
  const rank = (entry: Entry) =>
    order.get(entry.path.join('.')) ??
    order.get(entry.path.slice(0, -1).join('.')) ??
    Number.MAX_SAFE_INTEGER;
  return entries
    .map((entry, index) => ({ entry, index, rank: rank(entry) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ entry }) => entry);
}
