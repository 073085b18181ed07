import type { Problem } from '@blason/core/problem';
import type { ResolvedToken } from '../resolve/references.js';
import { expectedSemanticTokens, formatKinds, semanticGroups } from '../theme/semantic.js';

/**
 * Where names may be added (docs/TOKENS.md, "Adding names"): the groups of the semantic contract are
 * closed. Under `color`, `font`, `text`, `space`, `radius`, `border`, `shadow`, `duration`, `easing`
 * and `size`, every name is one the contract lists: a name that is not there is a typo or a token
 * components will never read, so it is refused whichever of these groups it is in. `logo` and
 * `format` hold rules and formats a brand may extend; every other top-level group (`palette`,
 * `partner`, a vendor's `acme`) is open. Names there must exist in every partner × mode alike.
 */
export const closedGroups: readonly string[] = [
  ...new Set(
    Object.keys(semanticGroups)
      .filter((group) => group !== 'logo')
      .map((group) => group.split('.')[0] as string),
  ),
];

export interface PermutationTokens {
  readonly label: string;
  readonly partner: string;
  readonly mode: string;
  /** Every path the permutation defines, resolvable or not. */
  readonly defined: ReadonlySet<string>;
  readonly tokens: ReadonlyMap<string, ResolvedToken>;
}

export interface CompletenessFiles {
  /** Where a token is defined (the first permutation that defines it). */
  fileOf(path: string): string | undefined;
  /** Line and column of that definition, when its file has them. */
  positionOf?(path: string): { line: number; column: number } | undefined;
  /** The token file of one context of a modifier (`partner`, `mode`), as problems name it. */
  contextFile(modifier: 'partner' | 'mode', context: string): string | undefined;
}

/**
 * Every partner × mode must define every semantic name with the right type, and nothing else inside
 * the semantic groups; every other token must exist in every permutation alike. A gap is told in the
 * resolver's terms when it can be ("missing in partner capso", with that partner's file).
 */
export function checkCompleteness(
  permutations: readonly PermutationTokens[],
  axisIds: readonly string[],
  files: CompletenessFiles,
): Problem[] {
  const allPaths = new Set(permutations.flatMap((p) => [...p.defined]));
  const expected = expectedSemanticTokens(axisIds, formatKinds(allPaths));
  const expectedPaths = new Set(expected.map((e) => e.path));
  const problems: Problem[] = [];
  const wrongType = new Map<string, { message: string; expected: string; labels: string[] }>();
  for (const { path, types } of expected) {
    const absent = permutations.filter((p) => !p.defined.has(path));
    if (absent.length > 0) {
      const gap = describeGap(permutations, absent, files);
      problems.push({
        code: 'token/missing-semantic',
        message: `missing semantic token ${gap.where}`,
        path,
        ...(gap.file === undefined ? {} : { file: gap.file }),
        expected: 'every partner × mode to define every semantic name (docs/TOKENS.md)',
      });
    }
    for (const { label, tokens } of permutations) {
      const token = tokens.get(path);
      if (!token || types.includes(token.type)) continue;
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
  for (const [key, entry] of wrongType) {
    const path = key.split('|')[0] as string;
    const scope =
      entry.labels.length === permutations.length
        ? 'in every partner × mode'
        : `in ${summarise(entry.labels)}`;
    problems.push({
      code: 'token/wrong-type',
      message: `${entry.message} ${scope}`,
      path,
      file: files.fileOf(path),
      expected: entry.expected,
    });
  }
  const groupPaths = new Set([...allPaths].flatMap((path) => ancestors(path)));
  for (const path of [...allPaths].sort()) {
    if (expectedPaths.has(path)) continue;
    // A token where a group is has been reported as such (token/token-and-group): one fault, one message.
    if (groupPaths.has(path)) continue;
    const absent = permutations.filter((p) => !p.defined.has(path));
    const root = path.split('.')[0] as string;
    if (closedGroups.includes(root)) {
      const present = permutations.filter((p) => p.defined.has(path));
      const scope = absent.length === 0 ? 'in every partner × mode' : `in ${summarise(labels(present))}`;
      problems.push({
        code: 'token/stray-semantic',
        message: `"${path}" is not a name of the semantic contract (${scope}): the groups ${closedGroups.join(', ')} hold only the names docs/TOKENS.md lists`,
        path,
        file: files.fileOf(path),
        ...files.positionOf?.(path),
        expected:
          'a contract name (axes from axes/axes.json), or, for a partner or third-party token, a group of its own outside the contract (e.g. "partner.…", "acme.…")',
      });
    } else if (absent.length > 0) {
      problems.push(unevenToken(path, permutations, absent, files));
    }
  }
  return problems;
}

/** A non-semantic token some permutations lack: missing where fewer lack it, stray where fewer have it. */
function unevenToken(
  path: string,
  permutations: readonly PermutationTokens[],
  absent: readonly PermutationTokens[],
  files: CompletenessFiles,
): Problem {
  const present = permutations.filter((p) => p.defined.has(path));
  const expected = 'the same token names in every partner × mode';
  const missing = describeGap(permutations, absent, files);
  if (missing.contexts !== undefined && absent.length < present.length) {
    return {
      code: 'token/missing',
      message: `token missing ${missing.where}, which the other ${missing.modifier}s define`,
      path,
      ...(missing.file === undefined ? {} : { file: missing.file }),
      expected,
    };
  }
  const only = describeGap(permutations, present, files);
  const message =
    only.contexts === undefined
      ? `stray token: defined in ${summarise(labels(present))} but not in ${summarise(labels(absent))}`
      : `stray token: only ${only.modifier} ${only.contexts.join(', ')} define${only.contexts.length > 1 ? '' : 's'} it`;
  return {
    code: 'token/stray',
    message,
    path,
    file: files.fileOf(path),
    ...files.positionOf?.(path),
    expected,
  };
}

interface Gap {
  /** `in partner capso`, `in modes dark, print` or a list of permutations. */
  readonly where: string;
  /** The token file of the one context the gap is in. */
  readonly file?: string;
  readonly modifier?: 'partner' | 'mode';
  readonly contexts?: readonly string[];
}

/** Says which permutations `subset` is: whole partners, whole modes, everything, or a list. */
function describeGap(
  permutations: readonly PermutationTokens[],
  subset: readonly PermutationTokens[],
  files: CompletenessFiles,
): Gap {
  if (subset.length === permutations.length) return { where: 'in every partner × mode' };
  for (const modifier of ['partner', 'mode'] as const) {
    const contexts = [...new Set(subset.map((p) => p[modifier]))];
    const whole = permutations.filter((p) => contexts.includes(p[modifier])).length === subset.length;
    if (!whole) continue;
    const file = contexts.length === 1 ? files.contextFile(modifier, contexts[0] as string) : undefined;
    return {
      where: `in ${modifier}${contexts.length > 1 ? 's' : ''} ${contexts.join(', ')}`,
      ...(file === undefined ? {} : { file }),
      modifier,
      contexts,
    };
  }
  return { where: `in ${summarise(labels(subset))}` };
}

/** `a.b.c` → `a`, `a.b`. */
function ancestors(path: string): string[] {
  const parts = path.split('.');
  return parts.slice(1).map((_, index) => parts.slice(0, index + 1).join('.'));
}

function labels(permutations: readonly PermutationTokens[]): string[] {
  return permutations.map((p) => p.label);
}

/** `capso/light, capso/dark, … (+5 more)` */
export function summarise(labels: readonly string[], max = 4): string {
  const shown = labels.slice(0, max).join(', ');
  return labels.length > max ? `${shown} (+${labels.length - max} more)` : shown;
}
