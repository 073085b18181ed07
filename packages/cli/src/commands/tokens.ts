import { buildTokens, loadBrand, recordRelease } from '@blason/tokens';
import type { Command } from 'commander';
import { problemLine } from '../messages.js';
import { collect } from '../options.js';
import type { RegisterCommand } from './index.js';

export const registerTokens: RegisterCommand = (program) => {
  const tokens = program
    .command('tokens')
    .description('Build or inspect the design tokens of every partner × mode');
  registerBuild(tokens);
  registerList(tokens);
  registerRelease(tokens);
};

function registerBuild(tokens: Command): void {
  tokens
    .command('build')
    .description(
      'Check the tokens, then write CSS, SCSS, JSON, the sample module and the vanilla-extract contract',
    )
    .option('--tokens <dir>', 'tokens directory', 'tokens')
    .option('--out <dir>', 'output directory', 'dist/tokens')
    .option('--partner <id>', 'only this partner (repeat or separate with commas)', collect)
    .action(async (options: { tokens: string; out: string; partner?: string[] }) => {
      const started = performance.now();
      const result = await buildTokens({
        tokensDir: options.tokens,
        outDir: options.out,
        ...(options.partner ? { partners: options.partner } : {}),
      });
      for (const warning of result.warnings) process.stderr.write(`warning: ${problemLine(warning)}\n`);
      process.stdout.write(
        `${result.files.length} files for ${result.permutations} partner × mode written to ${options.out} in ${Math.round(performance.now() - started)} ms\n`,
      );
    });
}

function registerList(tokens: Command): void {
  tokens
    .command('list')
    .description('List the resolved tokens of one partner × mode (path, type, value)')
    .argument('[prefix]', 'only tokens whose path starts with this prefix, e.g. color.text')
    .option('--tokens <dir>', 'tokens directory', 'tokens')
    .option('--partner <id>', 'partner (default: the resolver default)')
    .option('--mode <id>', 'mode (default: the resolver default)')
    .option('--json', 'print a JSON object of path → value')
    .action(
      async (
        prefix: string | undefined,
        options: { tokens: string; partner?: string; mode?: string; json?: boolean },
      ) => {
        const brand = await loadBrand({ tokensDir: options.tokens });
        const theme = brand.theme(
          options.partner ?? brand.defaults.partner,
          options.mode ?? brand.defaults.mode,
        );
        const selected = [...theme.tokens.values()].filter(
          (token) => !prefix || token.path === prefix || token.path.startsWith(`${prefix}.`),
        );
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify(Object.fromEntries(selected.map((t) => [t.path, t.normalized])), null, 2)}\n`,
          );
          return;
        }
        const width = Math.max(0, ...selected.map((t) => t.path.length));
        for (const token of selected) {
          process.stdout.write(
            `${token.path.padEnd(width)}  ${token.type.padEnd(11)}  ${JSON.stringify(token.normalized)}\n`,
          );
        }
      },
    );
}

function registerRelease(tokens: Command): void {
  tokens
    .command('release')
    .description(
      'Record the public token names of this release (tokens/release/public-names.json): `blason check` then reports any later removal or rename that was not deprecated first',
    )
    .option('--tokens <dir>', 'tokens directory', 'tokens')
    .option('--name <release>', 'a label for the release, e.g. its version')
    .option('--breaking', 'allow removing names the last release had not deprecated')
    .action(async (options: { tokens: string; name?: string; breaking?: boolean }) => {
      const result = await recordRelease({
        tokensDir: options.tokens,
        ...(options.name === undefined ? {} : { release: options.name }),
        ...(options.breaking ? { breaking: true } : {}),
      });
      process.stdout.write(
        `${result.names} public token names recorded in ${result.file} (${result.added.length} added, ${result.removed.length} removed)\n`,
      );
      for (const name of result.removed) process.stdout.write(`removed: ${name}\n`);
    });
}
