/**
 * What the commands write for people goes out through here: French messages get their no-break
 * spaces (`frenchSpacing`), English ones come back unchanged, so the literals keep plain spaces.
 */
import { formatProblem, type Problem } from '@blason/core';
import { frenchSpacing } from '@blason/lexicon/spacing';

export { frenchSpacing };

/**
 * One problem as a line (`formatProblem`), its message and expectation spaced the French way; the
 * file and path before them are printed as they are (a file name is not a sentence).
 */
export function problemLine(problem: Problem): string {
  const line = formatProblem(problem);
  const { expected: _expected, ...located } = problem;
  const where = formatProblem({ ...located, message: '' });
  return `${where}${frenchSpacing(line.slice(where.length))}`;
}

/** A warning line: `attention : <problem>`. */
export function noticeLine(problem: Problem): string {
  return `${frenchSpacing('attention : ')}${problemLine(problem)}`;
}

/** A problem as `--json` gives it: the same message and expectation as its line. */
export function spacedProblem<P extends Problem>(problem: P): P {
  return {
    ...problem,
    message: frenchSpacing(problem.message),
    ...(problem.expected === undefined ? {} : { expected: frenchSpacing(problem.expected) }),
  };
}
