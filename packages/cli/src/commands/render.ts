import { existsSync } from 'node:fs';
import { campaignFiles, OUTPUT_KINDS, parseShard, type RenderReport, renderCampaigns } from '@blason/render';
import { frenchSpacing, noticeLine, problemLine, spacedProblem } from '../messages.js';
import { collect, parseJobs, usageError } from '../options.js';
import { parseOutputs } from '../output-option.js';
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
/** Not the kit's folder (`dist/kit`): a render never writes into a kit being assembled. */
const DEFAULT_OUT = 'dist/visuels';

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
      'output folder: <out>/<partner>/visuals/… and <out>/<partner>/print/… (kits are built by `blason kit`, in dist/kit)',
      DEFAULT_OUT,
    )
    .option('--formats <list>', `screen outputs among ${OUTPUT_KINDS.join(', ')} (AVIF is slow)`, 'png,svg')
    .option('--shard <i/n>', 'render only shard i of n (stable partition for CI machines)')
    .option(
      '-j, --jobs <n>',
      'worker threads (default: the available cores, on runs large enough to pay for their start-up)',
    )
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
      if (flags.json) process.stdout.write(`${JSON.stringify(spacedReport(report), null, 2)}\n`);
      for (const notice of report.notices) process.stderr.write(`${noticeLine(notice)}\n`);
      for (const problem of report.problems) process.stderr.write(`${problemLine(problem)}\n`);
      process.stderr.write(`${frenchSpacing(summary(report))}\n`);
      if (report.visuals.length === 0) {
        process.stderr.write(`${frenchSpacing('render : aucun visuel rendu pour cette sélection')}\n`);
        process.exitCode = 1;
      }
      if (report.problems.length > 0) process.exitCode = 1;
    });
};

async function defaultCampaigns(): Promise<string[]> {
  return campaignFiles(DEFAULT_CAMPAIGNS).catch(() => {
    throw usageError(`Aucune campagne donnée et dossier ${DEFAULT_CAMPAIGNS}/ introuvable`);
  });
}

/** The report as `--json` gives it: its notices and problems worded as the lines on standard error. */
function spacedReport(report: RenderReport): RenderReport {
  return {
    ...report,
    notices: report.notices.map(spacedProblem),
    problems: report.problems.map(spacedProblem),
  };
}

function summary(report: RenderReport): string {
  const rendered = report.visuals.length - report.skipped.length;
  const files = report.visuals.reduce((n, v) => n + v.files.length, 0);
  return `render : ${count(report.visuals.length, 'visuel')} (${count(rendered, 'rendu')}, ${count(report.skipped.length, 'inchangé')}), ${count(files, 'fichier')}, ${count(report.problems.length, 'problème')}`;
}

/** French plural: 0 and 1 take the singular. */
function count(n: number, word: string): string {
  return `${n} ${word}${n > 1 ? 's' : ''}`;
}
