import { formatProblem, type Problem } from '@blason/core';
import { checkTokens } from '@blason/tokens';
import type { RegisterCommand } from './index.js';

export interface CheckOptions {
  readonly tokensDir: string;
  readonly lexiconDir: string;
}

/** One family of checks run by `blason check`; each returns every problem it finds. */
export interface CheckStep {
  readonly name: string;
  run(options: CheckOptions): Promise<Problem[]>;
}

/**
 * What `blason check` runs, in order. The lexicon's `checkLexicon({ lexiconDir })` from
 * `@blason/lexicon` is added here as `{ name: 'lexicon', run: ({ lexiconDir }) => checkLexicon({ lexiconDir }) }`.
 */
export const checkSteps: CheckStep[] = [
  { name: 'tokens', run: ({ tokensDir }) => checkTokens({ tokensDir }) },
];

export const registerCheck: RegisterCommand = (program) => {
  program
    .command('check')
    .description(
      'Validate the brand: token schema and types, references, completeness and contrast of every partner × mode',
    )
    .option('--tokens <dir>', 'tokens directory', 'tokens')
    .option('--lexicon <dir>', 'lexicon directory', 'tokens/lexicon')
    .option('--json', 'print the problems as JSON')
    .action(async (options: { tokens: string; lexicon: string; json?: boolean }) => {
      const problems = await runChecks({ tokensDir: options.tokens, lexiconDir: options.lexicon });
      const errors = problems.filter((p) => p.severity !== 'warning').length;
      if (options.json) process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
      else
        for (const problem of problems)
          process.stdout.write(`${severityPrefix(problem)}${formatProblem(problem)}\n`);
      const warnings = problems.length - errors;
      process.stderr.write(
        errors + warnings === 0
          ? `check: no problems (${checkSteps.map((s) => s.name).join(', ')})\n`
          : `check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`,
      );
      if (errors > 0) process.exitCode = 1;
    });
};

export async function runChecks(options: CheckOptions): Promise<Problem[]> {
  const results = await Promise.all(checkSteps.map((step) => step.run(options)));
  return results.flat();
}

function severityPrefix(problem: Problem): string {
  return problem.severity === 'warning' ? 'warning: ' : '';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
