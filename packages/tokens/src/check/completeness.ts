import type { Problem } from '@blason/core/problem';
import type { ResolvedToken } from '../resolve/references.js';
import { expectedSemanticTokens, formatKinds, strictPrefixes } from '../theme/semantic.js';

export interface PermutationTokens {
  readonly label: string;
  /** Every path the permutation defines, resolvable or not. */
  readonly defined: ReadonlySet<string>;
  readonly tokens: ReadonlyMap<string, ResolvedToken>;
}

/**
 * Every partner × mode must define every semantic name with the right type, and nothing else inside
 * the semantic groups; every other token must exist in every permutation alike.
 */
export function checkCompleteness(
  permutations: readonly PermutationTokens[],
  axisIds: readonly string[],
  fileOf: (path: string) => string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const allPaths = new Set(permutations.flatMap((p) => [...p.defined]));
  const formats = formatKinds(allPaths);
  const expected = expectedSemanticTokens(axisIds, formats);
  const expectedPaths = new Set(expected.map((e) => e.path));
  const missing = new Map<string, string[]>();
  const wrongType = new Map<string, { message: string; expected: string; labels: string[] }>();
  for (const { label, defined, tokens } of permutations) {
    for (const { path, types } of expected) {
      const token = tokens.get(path);
      if (!defined.has(path)) push(missing, path, label);
      else if (token && !types.includes(token.type)) {
        const key = `${path}|${token.type}`;
        const entry = wrongType.get(key) ?? {
          message: `semantic token is a ${token.type}`,
          expected: `a ${types.join(' or ')} token`,
          labels: [],
        };
        entry.labels.push(label);
        wrongType.set(key, entry);
      }
    }
  }
  const scope = (labels: readonly string[]) =>
    labels.length === permutations.length ? 'in every partner × mode' : `in ${summarise(labels)}`;
  for (const [path, labels] of missing) {
    problems.push({
      code: 'token/missing-semantic',
      message: `missing semantic token ${scope(labels)}`,
      path,
      expected: 'every partner × mode to define every semantic name (docs/TOKENS.md)',
    });
  }
  for (const [key, entry] of wrongType) {
    const path = key.split('|')[0] as string;
    problems.push({
      code: 'token/wrong-type',
      message: `${entry.message} ${scope(entry.labels)}`,
      path,
      file: fileOf(path),
      expected: entry.expected,
    });
  }
  for (const path of [...allPaths].sort()) {
    if (expectedPaths.has(path)) continue;
    const strict = strictPrefixes.some((prefix) => path.startsWith(`${prefix}.`));
    const labels = permutations.filter((p) => p.defined.has(path)).map((p) => p.label);
    if (strict) {
      problems.push({
        code: 'token/stray-semantic',
        message: `stray key in a semantic group ${scope(labels)}`,
        path,
        file: fileOf(path),
        expected: 'only the semantic names of docs/TOKENS.md (axes from axes/axes.json)',
      });
    } else if (labels.length < permutations.length) {
      const absent = permutations.filter((p) => !p.defined.has(path)).map((p) => p.label);
      problems.push({
        code: 'token/stray',
        message: `stray token: defined in ${summarise(labels)} but not in ${summarise(absent)}`,
        path,
        file: fileOf(path),
        expected: 'the same token names in every partner × mode',
      });
    }
  }
  return problems;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `capso/light, capso/dark, … (+5 more)` */
export function summarise(labels: readonly string[], max = 4): string {
  const shown = labels.slice(0, max).join(', ');
  return labels.length > max ? `${shown} (+${labels.length - max} more)` : shown;
}
