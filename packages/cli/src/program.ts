import { createRequire } from 'node:module';
import { isBlasonError } from '@blason/core';
import { Command, CommanderError } from 'commander';
import type { RegisterCommand, RunContext } from './commands/index.js';
import { frenchSpacing, problemLine } from './messages.js';

/** The CLI package's version (`blason --version`), read beside both `src/` and `dist/`. */
export const version: string = (createRequire(import.meta.url)('../package.json') as { version: string })
  .version;

const VERSION_FLAGS = ['-V', '--version'];

/** Exit codes of every `blason` command. */
export const ExitCode = { ok: 0, problems: 1, usage: 2 } as const;

/**
 * Every command by name, in the order of the help, with the module that registers it. A module is
 * imported only when its command runs (the full help imports them all), so `blason lint` on every
 * save never loads the renderer, the token build or the image libraries.
 */
export const commandModules: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  check: async () => (await import('./commands/check.js')).registerCheck,
  tokens: async () => (await import('./commands/tokens.js')).registerTokens,
  lint: async () => (await import('./commands/lint.js')).registerLint,
  glossary: async () => (await import('./commands/glossary.js')).registerGlossary,
  render: async () => (await import('./commands/render.js')).registerRender,
  logos: async () => (await import('./commands/logos.js')).registerLogos,
  kit: async () => (await import('./commands/kit.js')).registerKit,
  studio: async () => (await import('./commands/studio.js')).registerStudio,
};

/** The program with the named commands registered (every command when none is named). */
export async function createProgram(
  names: readonly string[] = Object.keys(commandModules),
  context: RunContext = {},
): Promise<Command> {
  const program = new Command('blason')
    .description('Blason: the brand as tokens, components, glossary, linter and generated assets.')
    .version(version, VERSION_FLAGS.join(', '), 'print the version of blason')
    .showHelpAfterError()
    // Options after a command belong to it (and after a subcommand, to the subcommand: `kit merge --out`).
    .enablePositionalOptions()
    .exitOverride();
  const registers = await Promise.all(names.map((name) => commandModules[name]?.()));
  for (const register of registers) register?.(program, context);
  return program;
}

/**
 * The command an argument list runs: its first word, when it names a command. Anything else (help,
 * a typo, an option first) gets every command, for the help and the "did you mean" suggestions.
 */
export function commandNamed(argv: readonly string[]): string | undefined {
  const first = argv[0];
  return first !== undefined && Object.hasOwn(commandModules, first) ? first : undefined;
}

/**
 * Runs the CLI and returns the process exit code; never calls process.exit itself (the context's
 * `beforeRender`, when given, may).
 */
export async function run(argv: readonly string[], context: RunContext = {}): Promise<number> {
  const name = commandNamed(argv);
  // `blason --version` needs no command module.
  const names = name ? [name] : VERSION_FLAGS.includes(argv[0] ?? '') ? [] : undefined;
  return runProgram(await createProgram(names, context), argv);
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
    const lines =
      error.problems.length > 0 ? error.problems.map(problemLine) : [frenchSpacing(error.message)];
    process.stderr.write(`${lines.join('\n')}\n`);
    return error.kind === 'usage' ? ExitCode.usage : ExitCode.problems;
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return ExitCode.problems;
}
