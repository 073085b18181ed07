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
  /**
   * The language of `message` and `expected`: `fr` for what communications officers read (content,
   * partners, lint findings), English (the default) for developer-facing problems such as tokens.
   * One message never mixes the two: `formatProblem` words its own glue in this language.
   */
  readonly language?: 'fr' | 'en';
}

/**
 * `file:line:column path — message (expected …)`, one line per problem; a French problem reads
 * `… — message (attendu : …)`.
 */
export function formatProblem(problem: Problem): string {
  const position = [problem.file, problem.line, problem.column]
    .filter((part) => part !== undefined)
    .join(':');
  const where = [position, problem.path].filter(Boolean).join(' ');
  const expected = problem.expected
    ? problem.language === 'fr'
      ? ` (attendu : ${problem.expected})`
      : ` (expected ${problem.expected})`
    : '';
  return `${where ? `${where} — ` : ''}${problem.message}${expected}`;
}

/**
 * What an error is about: `problems` in the inputs (tokens, lexicon, content), or bad `usage` of an
 * API or a command (an unknown partner or format asked for). A CLI maps them to its exit codes.
 */
export type ErrorKind = 'problems' | 'usage';

/**
 * Thrown when an input (tokens, lexicon, content, options) is invalid.
 * Carries every problem found, not only the first, so one run reports them all.
 */
export class BlasonError extends Error {
  override readonly name = 'BlasonError';
  /** The first line of the message, without the problems. */
  readonly summary: string;
  readonly problems: readonly Problem[];
  readonly kind: ErrorKind;

  /**
   * `cause`: the error underneath (a system error, in English), kept for developers: the problems
   * people read are worded without it.
   */
  constructor(
    summary: string,
    problems: readonly Problem[] = [],
    options: { kind?: ErrorKind; cause?: unknown } = {},
  ) {
    super(
      problems.length > 0
        ? `${summary}\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`
        : summary,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.summary = summary;
    this.problems = problems;
    this.kind = options.kind ?? 'problems';
  }

  /** The exit status command lines conventionally give this kind: 1 for problems, 2 for usage. */
  get exitCode(): 1 | 2 {
    return this.kind === 'usage' ? 2 : 1;
  }
}

export function isBlasonError(error: unknown): error is BlasonError {
  return error instanceof Error && error.name === 'BlasonError' && 'problems' in error;
}

/**
 * « partenaire inconnu « x » (attendu : l’un de a, b) »: a value outside a known list, in the words
 * every command and the studio use, the known values sorted. `feminine` agrees it with its noun
 * (« campagne inconnue », « l’une de »).
 */
export function unknownValueMessage(
  what: string,
  value: string,
  known: readonly string[],
  feminine = false,
): string {
  const [unknown, oneOf] = feminine ? ['inconnue', 'l’une'] : ['inconnu', 'l’un'];
  return `${what} ${unknown} « ${value} » (attendu : ${oneOf} de ${[...known].sort().join(', ')})`;
}

/**
 * Why a file could not be read, in French and worded the same in every command: « fichier
 * introuvable » when it does not exist, never the system's English message.
 */
export function fileFault(error: unknown): string {
  // the system error's code, typed structurally: this module is browser-safe (no Node types)
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'fichier introuvable';
    case 'EISDIR':
      return 'c’est un dossier, pas un fichier';
    case 'EACCES':
    case 'EPERM':
      return 'fichier illisible (accès refusé)';
    default:
      return 'fichier illisible';
  }
}
