import { join } from 'node:path';
import { BlasonError, stableStringify, writeFileAtomic } from '@blason/core';
import { analyzeBrand, isError } from '../brand.js';
import { collectProblems } from './check.js';
import { publicNames, RELEASE_FILE, readRelease, releaseSnapshot } from './release.js';

export interface RecordReleaseOptions {
  readonly tokensDir: string;
  /** A label for the release (a version or a date). */
  readonly release?: string;
  /** Allow removing names the last release had not deprecated (a breaking release). */
  readonly breaking?: boolean;
}

export interface RecordReleaseResult {
  /** The snapshot file, as problems name it. */
  readonly file: string;
  readonly names: number;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/**
 * Writes `release/public-names.json` from the current tokens, which must pass `checkTokens`
 * (names removed without deprecation only with `breaking`).
 */
export async function recordRelease(options: RecordReleaseOptions): Promise<RecordReleaseResult> {
  const analysis = await analyzeBrand(options.tokensDir);
  const errors = (await collectProblems(analysis)).filter(
    (problem) => isError(problem) && !(options.breaking && problem.code === 'token/removed'),
  );
  if (errors.length > 0) {
    throw new BlasonError(
      `release not recorded: ${errors.length} problem${errors.length > 1 ? 's' : ''}`,
      errors,
    );
  }
  const { dir } = analysis.project;
  const previous = new Set((await readRelease(dir)).snapshot?.names);
  const names = publicNames(analysis.permutations);
  await writeFileAtomic(
    join(dir.root, RELEASE_FILE),
    stableStringify(releaseSnapshot(names, options.release)),
  );
  return {
    file: dir.display(RELEASE_FILE),
    names: names.size,
    added: [...names.keys()].filter((name) => !previous.has(name)),
    removed: [...previous].filter((name) => !names.has(name)),
  };
}
