import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '@blason/core';
import { checkLexicon } from '@blason/lexicon';
import { checkTokens } from '@blason/tokens';
import { frenchSpacing, problemLine, spacedProblem } from '../messages.js';
import type { RegisterCommand } from './index.js';

export interface CheckOptions {
  readonly tokensDir: string;
  /** Unset when the brand has no lexicon (none given and none beside the tokens). */
  readonly lexiconDir?: string;
}

/** One family of checks run by `blason check`; each returns every problem it finds. */
export interface CheckStep {
  readonly name: string;
  /** Whether the step has something to check (default: always). */
  applies?(options: CheckOptions): boolean;
  run(options: CheckOptions): Promise<Problem[]>;
}

/** What `blason check` runs, in order. */
export const checkSteps: CheckStep[] = [
  { name: 'tokens', run: ({ tokensDir }) => checkTokens({ tokensDir }) },
  {
    name: 'lexicon',
    applies: ({ lexiconDir }) => lexiconDir !== undefined,
    run: async ({ lexiconDir }) => (lexiconDir === undefined ? [] : checkLexicon({ lexiconDir })),
  },
];

export const registerCheck: RegisterCommand = (program) => {
  program
    .command('check')
    .description(
      'Validate the brand: token schema and types, references, completeness and contrast of every partner × mode, tokens removed since the last release, the lexicon',
    )
    .option('--tokens <dir>', 'tokens directory', 'tokens')
    .option('--lexicon <dir>', 'lexicon directory (default: <tokens>/lexicon, skipped when absent)')
    .option('--json', 'print the problems as JSON')
    .action(async (options: { tokens: string; lexicon?: string; json?: boolean }) => {
      const checks = checkOptions(options.tokens, options.lexicon);
      const steps = checkSteps.filter((step) => step.applies?.(checks) ?? true);
      const problems = await runChecks(checks, steps);
      const errors = problems.filter((p) => p.severity !== 'warning').length;
      if (options.json) process.stdout.write(`${JSON.stringify(problems.map(spacedProblem), null, 2)}\n`);
      else
        for (const problem of problems)
          process.stdout.write(`${severityPrefix(problem)}${problemLine(problem)}\n`);
      const warnings = problems.length - errors;
      process.stderr.write(
        `${frenchSpacing(
          errors + warnings === 0
            ? `check : aucun problème (${steps.map((s) => s.name).join(', ')})`
            : `check : ${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}`,
        )}\n`,
      );
      if (errors > 0) process.exitCode = 1;
    });
};

/** The lexicon is the one given, else the one beside the tokens if there is one. */
function checkOptions(tokensDir: string, lexicon: string | undefined): CheckOptions {
  const besideTokens = join(tokensDir, 'lexicon');
  const lexiconDir = lexicon ?? (existsSync(besideTokens) ? besideTokens : undefined);
  return { tokensDir, ...(lexiconDir === undefined ? {} : { lexiconDir }) };
}

export async function runChecks(options: CheckOptions, steps = checkSteps): Promise<Problem[]> {
  const results = await Promise.all(steps.map((step) => step.run(options)));
  return results.flat();
}

function severityPrefix(problem: Problem): string {
  return problem.severity === 'warning' ? 'warning: ' : '';
}

/** French plural: 0 and 1 take the singular. */
function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}
