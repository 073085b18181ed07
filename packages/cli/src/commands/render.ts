import { existsSync } from 'node:fs';
import { BlasonError, formatProblem } from '@blason/core';
import {
  campaignFiles,
  OUTPUT_KINDS,
  type OutputKind,
  parseShard,
  type RenderReport,
  renderCampaigns,
} from '@blason/render';
import { createProgress } from '../progress.js';
import type { RegisterCommand } from './index.js';

interface RenderFlags {
  readonly partner?: string[];
  readonly template?: string[];
  readonly format?: string[];
  readonly out: string;
  readonly formats?: string;
  readonly shard?: string;
  readonly jobs?: string;
  readonly tokens: string;
  readonly lexicon: string;
  readonly allowLintErrors?: boolean;
  readonly allowRemote?: boolean;
  readonly force?: boolean;
  readonly json?: boolean;
}

const DEFAULT_CAMPAIGNS = 'assets/campaigns';

/** Repeatable and comma-separated: `--partner capso --partner agence-eco` or `--partner capso,agence-eco`. */
function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

export const registerRender: RegisterCommand = (program) => {
  program
    .command('render')
    .description('Render campaigns into posters and social visuals for every partner and format')
    .argument('[campaigns...]', `campaign files (YAML or JSON); default: every file in ${DEFAULT_CAMPAIGNS}/`)
    .option('-p, --partner <id>', 'only these partners (repeatable, comma-separated)', collect)
    .option('-t, --template <id>', 'only campaigns of these templates (repeatable)', collect)
    .option('-f, --format <id>', 'only these formats, e.g. instagram-square, poster-a4 (repeatable)', collect)
    .option(
      '-o, --out <dir>',
      'output folder: <out>/<partner>/visuals/… and <out>/<partner>/print/…',
      'dist/kit',
    )
    .option('--formats <list>', `screen outputs among ${OUTPUT_KINDS.join(', ')} (AVIF is slow)`, 'png,svg')
    .option('--shard <i/n>', 'render only shard i of n (stable partition for CI machines)')
    .option('-j, --jobs <n>', 'worker threads (default: available cores)')
    .option('--tokens <dir>', 'tokens directory', 'tokens')
    .option('--lexicon <dir>', 'lexicon directory (copy is fixed and linted)', 'tokens/lexicon')
    .option(
      '--allow-lint-errors',
      'render even when the copy breaks a lexicon rule (findings kept in the report)',
    )
    .option('--allow-remote', 'allow images from remote URLs for this run')
    .option('--force', 'ignore the cache and render everything again')
    .option('--json', 'print the report as JSON on stdout')
    .action(async (campaigns: string[], flags: RenderFlags) => {
      const files = campaigns.length > 0 ? campaigns : await defaultCampaigns();
      const progress = createProgress('render');
      let report: RenderReport;
      try {
        report = await renderCampaigns({
          campaigns: files,
          tokensDir: flags.tokens,
          ...(existsSync(flags.lexicon) ? { lexiconDir: flags.lexicon } : {}),
          outDir: flags.out,
          ...(flags.partner ? { partners: flags.partner } : {}),
          ...(flags.template ? { templates: flags.template } : {}),
          ...(flags.format ? { formats: flags.format } : {}),
          outputs: parseOutputs(flags.formats ?? 'png,svg'),
          ...(flags.shard ? { shard: parseShard(flags.shard) } : {}),
          ...(flags.jobs ? { jobs: parseJobs(flags.jobs) } : {}),
          allowLintErrors: flags.allowLintErrors ?? false,
          allowRemote: flags.allowRemote ?? false,
          force: flags.force ?? false,
          onProgress: (step) => progress.update(step),
        });
      } finally {
        progress.stop();
      }
      if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      for (const problem of report.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      process.stderr.write(`${summary(report)}\n`);
      if (report.problems.length > 0) process.exitCode = 1;
    });
};

async function defaultCampaigns(): Promise<string[]> {
  return campaignFiles(DEFAULT_CAMPAIGNS).catch(() => {
    throw new BlasonError(`No campaign given and no ${DEFAULT_CAMPAIGNS}/ folder`, [], { exitCode: 2 });
  });
}

function parseOutputs(list: string): OutputKind[] {
  const kinds = list.split(',').map((k) => (k.trim() === 'jpg' ? 'jpeg' : k.trim()));
  const unknown = kinds.filter((k) => !(OUTPUT_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0 || kinds.length === 0) {
    throw new BlasonError(
      'Invalid --formats',
      [
        {
          code: 'render/unknown-output',
          path: '--formats',
          message: `unknown output "${unknown.join(', ')}"`,
          expected: OUTPUT_KINDS.join(', '),
        },
      ],
      { exitCode: 2 },
    );
  }
  return kinds as OutputKind[];
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new BlasonError(
      'Invalid --jobs',
      [
        {
          code: 'render/invalid-jobs',
          path: '--jobs',
          message: `invalid number of jobs "${value}"`,
          expected: 'an integer ≥ 1',
        },
      ],
      { exitCode: 2 },
    );
  }
  return jobs;
}

function summary(report: RenderReport): string {
  const rendered = report.visuals.length - report.skipped.length;
  const files = report.visuals.reduce((n, v) => n + v.files.length, 0);
  return `render: ${report.visuals.length} visuels (${rendered} rendus, ${report.skipped.length} inchangés), ${files} fichiers, ${report.problems.length} problème${report.problems.length > 1 ? 's' : ''}`;
}
