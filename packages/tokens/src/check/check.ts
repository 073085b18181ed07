import type { Problem } from '@blason/core/problem';
import { analyzeBrand, type BrandAnalysis } from '../brand.js';
import { checkContrast, PAIRS_FILE, readPairs } from './contrast.js';
import { checkRemovals, publicNames, readRelease } from './release.js';

/**
 * Every problem of a tokens directory: JSON syntax, schema and types, resolver, partner and axis
 * metadata, references, completeness of every partner × mode, the contrast gate, and tokens removed
 * since the last release without being deprecated first.
 */
export async function checkTokens(options: { tokensDir: string }): Promise<Problem[]> {
  return collectProblems(await analyzeBrand(options.tokensDir));
}

/** The problems of an analysed brand, the analysis's own first (what the build also refuses). */
export async function collectProblems(analysis: BrandAnalysis): Promise<Problem[]> {
  const { dir } = analysis.project;
  const [{ pairs, problems: pairProblems }, release] = await Promise.all([readPairs(dir), readRelease(dir)]);
  const contrast = pairs ? checkContrast(pairs, analysis.permutations, dir.display(PAIRS_FILE)) : [];
  const removed =
    release.snapshot && release.document
      ? checkRemovals(release.snapshot, release.document, publicNames(analysis.permutations))
      : [];
  return [...analysis.problems, ...pairProblems, ...contrast, ...release.problems, ...removed];
}
