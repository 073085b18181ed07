/** One thing wrong with an input, precise enough for a designer or an officer to fix it. */
export interface Problem {
  /** Stable machine-readable code, e.g. `token/invalid-color`. */
  readonly code: string;
  /** Human sentence: what is wrong. */
  readonly message: string;
  /** File the problem is in, relative to the working directory when possible. */
  readonly file?: string;
  /** Path inside the file: a token path (`color.brand.500`) or a field path (`items[2].label`). */
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
  /** What was expected instead, when it can be said. */
  readonly expected?: string;
  readonly severity?: 'error' | 'warning';
}

/** `file:line:column path — message (expected …)`, one line per problem. */
export function formatProblem(problem: Problem): string {
  const position = [problem.file, problem.line, problem.column]
    .filter((part) => part !== undefined)
    .join(':');
  const where = [position, problem.path].filter(Boolean).join(' ');
  const expected = problem.expected ? ` (expected ${problem.expected})` : '';
  return `${where ? `${where} — ` : ''}${problem.message}${expected}`;
}

/**
 * Thrown when an input (tokens, lexicon, content, options) is invalid.
 * Carries every problem found, not only the first, so one run reports them all.
 */
export class BlasonError extends Error {
  override readonly name = 'BlasonError';
  readonly problems: readonly Problem[];
  /** Exit code the CLI should use; defaults to 1 (problems found). Bad usage is 2. */
  readonly exitCode: number | undefined;

  constructor(summary: string, problems: readonly Problem[] = [], options: { exitCode?: number } = {}) {
    super(
      problems.length > 0
        ? `${summary}\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`
        : summary,
    );
    this.problems = problems;
    this.exitCode = options.exitCode;
  }
}

export function isBlasonError(error: unknown): error is BlasonError {
  return error instanceof Error && error.name === 'BlasonError' && 'problems' in error;
}
