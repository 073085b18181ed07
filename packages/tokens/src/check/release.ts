import type { Problem } from '@blason/core/problem';
import { z } from 'zod';
import type { ResolvedPermutation } from '../brand.js';
import { readValidated, type TokensDir } from '../load/files.js';
import type { JsonDocument } from '../source/json.js';

/**
 * The public token names of the brand's last release, committed beside the tokens. Like Primer's
 * removed-token check: a name of the release that the tokens no longer define is a breaking change,
 * allowed only when the release already marked it `$deprecated`.
 */
export const RELEASE_FILE = 'release/public-names.json';

const releaseSchema = z.strictObject({
  $description: z.string().optional(),
  /** A label for humans: the version or date of the release. */
  release: z.string().min(1).optional(),
  names: z.array(z.string().min(1)),
  /** Names deprecated in that release, with their `$deprecated` (true or the replacement). */
  deprecated: z.record(z.string(), z.union([z.literal(true), z.string().min(1)])).optional(),
});
export type ReleaseSnapshot = z.infer<typeof releaseSchema>;

export const RELEASE_DESCRIPTION =
  'Public token names of the last release, written by `blason tokens release`. `blason check` reports a name missing from the tokens unless it is listed under "deprecated". Do not edit by hand.';

/** Every token path of any partner × mode, with its deprecation (the names CSS and the contract expose). */
export function publicNames(
  permutations: readonly Pick<ResolvedPermutation, 'definitions'>[],
): Map<string, true | string | undefined> {
  const names = new Map<string, true | string | undefined>();
  for (const { definitions } of permutations) {
    for (const [path, definition] of definitions) {
      const deprecated = definition.deprecated || undefined;
      if (!names.has(path) || (deprecated && !names.get(path))) names.set(path, deprecated);
    }
  }
  return new Map([...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The snapshot file for the current names; deterministic. */
export function releaseSnapshot(
  names: ReadonlyMap<string, true | string | undefined>,
  release?: string,
): ReleaseSnapshot {
  const deprecated = Object.fromEntries(
    [...names].flatMap(([name, reason]) => (reason === undefined ? [] : [[name, reason] as const])),
  );
  return {
    $description: RELEASE_DESCRIPTION,
    ...(release === undefined ? {} : { release }),
    names: [...names.keys()],
    ...(Object.keys(deprecated).length === 0 ? {} : { deprecated }),
  };
}

/** The committed snapshot, if any: a brand never released has none, which is not a problem. */
export async function readRelease(
  dir: TokensDir,
): Promise<{ snapshot?: ReleaseSnapshot; document?: JsonDocument; problems: Problem[] }> {
  const { value, document, problems } = await readValidated(dir, RELEASE_FILE, releaseSchema, {
    code: 'release/invalid',
    what: 'release snapshot',
    expected: 'the file `blason tokens release` writes: { release?, names: [...], deprecated?: {...} }',
  });
  const found = problems.filter((p) => p.code !== 'file/missing');
  return value === undefined ? { problems: found } : { snapshot: value, document, problems: found };
}

/** One problem per released name that is gone without having been deprecated in that release. */
export function checkRemovals(
  snapshot: ReleaseSnapshot,
  document: JsonDocument,
  current: ReadonlyMap<string, unknown>,
): Problem[] {
  const released = new Set(snapshot.names);
  const added = [...current.keys()].filter((name) => !released.has(name));
  const label = snapshot.release === undefined ? 'the last release' : `release ${snapshot.release}`;
  return snapshot.names.flatMap((name, index) => {
    if (current.has(name) || snapshot.deprecated?.[name] !== undefined) return [];
    return [
      {
        code: 'token/removed',
        message: `token of ${label} removed (or renamed) without being deprecated first${renameHint(name, added)}`,
        file: document.file,
        path: name,
        ...document.position(['names', index]),
        expected:
          'the token kept with "$deprecated" naming its replacement for one release, then removed (tokens/README.md, "Retiring a token")',
      },
    ];
  });
}

/** New names beside the removed one (same group or same last segment): the likely rename. */
function renameHint(name: string, added: readonly string[]): string {
  const parent = (path: string) => path.slice(0, path.lastIndexOf('.'));
  const leaf = (path: string) => path.slice(path.lastIndexOf('.') + 1);
  const near = added.filter((path) => parent(path) === parent(name) || leaf(path) === leaf(name));
  if (near.length === 0 || near.length > 3) return '';
  return `; new name${near.length > 1 ? 's' : ''} nearby: ${near.join(', ')}`;
}
