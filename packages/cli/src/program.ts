import { formatProblem, isBlasonError } from '@blason/core';
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';

/** Exit codes of every `blason` command. */
export const ExitCode = { ok: 0, problems: 1, usage: 2 } as const;

export function createProgram(): Command {
  const program = new Command('blason')
    .description('Blason: the brand as tokens, components, glossary, linter and generated assets.')
    .showHelpAfterError()
    .exitOverride();
  for (const register of commands) register(program);
  return program;
}

/** Runs the CLI and returns the process exit code; never calls process.exit itself. */
export async function run(argv: readonly string[]): Promise<number> {
  return runProgram(createProgram(), argv);
}

export async function runProgram(program: Command, argv: readonly string[]): Promise<number> {
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    const helpShown = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
    return helpShown ? ExitCode.ok : ExitCode.usage;
  }
  if (isBlasonError(error)) {
    const lines = error.problems.length > 0 ? error.problems.map(formatProblem) : [error.message];
    process.stderr.write(`${lines.join('\n')}\n`);
    return error.kind === 'usage' ? ExitCode.usage : ExitCode.problems;
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return ExitCode.problems;
}
