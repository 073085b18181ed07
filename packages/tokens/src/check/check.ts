import type { Problem } from '@blason/core/problem';
import { analyzeBrand } from '../brand.js';
import { checkContrast, PAIRS_FILE, readPairs } from './contrast.js';

/**
 * Every problem of a tokens directory: JSON syntax, schema and types, resolver, partner and axis
 * metadata, references, completeness of every partner × mode, and the contrast gate.
 */
export async function checkTokens(options: { tokensDir: string }): Promise<Problem[]> {
  const analysis = await analyzeBrand(options.tokensDir);
  const { pairs, problems: pairProblems } = await readPairs(analysis.project.dir);
  const contrast = pairs
    ? checkContrast(pairs, analysis.permutations, analysis.project.dir.display(PAIRS_FILE))
    : [];
  return [...analysis.problems, ...pairProblems, ...contrast];
}
