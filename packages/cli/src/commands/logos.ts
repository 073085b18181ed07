import { isAbsolute, join, relative } from 'node:path';
import { buildAllLogos } from '@blason/logos';
import { collect } from '../options.js';
import type { RegisterCommand } from './index.js';

interface LogosFlags {
  readonly partner?: string[];
  readonly out: string;
  readonly tokens: string;
  readonly json?: boolean;
}

export const registerLogos: RegisterCommand = (program) => {
  program
    .command('logos')
    .description(
      'Build the wordmark and co-branding lockups (SVG, PNG 1x/2x/4x, CMYK PDF) and the usage sheet of each partner',
    )
    .option('-p, --partner <id>', 'only these partners (repeatable, comma-separated); default: all', collect)
    .option('-o, --out <dir>', 'output folder: <out>/<partner>/logos/…', 'dist/kit')
    .option('--tokens <dir>', 'tokens directory', 'tokens')
    .option('--json', 'print the manifest entries as JSON on stdout')
    .action(async (flags: LogosFlags) => {
      const results = await buildAllLogos({
        tokensDir: flags.tokens,
        outDir: flags.out,
        ...(flags.partner ? { partners: flags.partner } : {}),
      });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
        return;
      }
      for (const result of results) {
        const folder = displayPath(join(flags.out, result.partner, 'logos'));
        process.stdout.write(`${result.partner}\u00a0: ${result.entries.length} fichiers dans ${folder}/\n`);
      }
    });
};

/** Relative to the working directory when inside it, absolute otherwise. */
function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
