// Only types and the light stamp module at the top: `@blason/kit/build` (the renderer, the token
// build, sharp…) is imported when a build is needed, so a no-change rerun never loads it. It leaves
// out the partner kits' code (logos, print, contact sheets), which only the kit's threads load.
import type { KitSummary } from '@blason/kit/build';
import { unchangedKit } from '@blason/kit/stamp';
import { collect, parseJobs } from '../options.js';
import { OUTPUT_KIND_NAMES, parseOutputs } from '../output-option.js';
import { createProgress } from '../progress.js';
import type { RegisterCommand } from './index.js';

interface KitFlags {
  readonly partner?: string[];
  readonly out: string;
  readonly root: string;
  readonly formats?: string;
  readonly jobs?: string;
  readonly force?: boolean;
  readonly sample: boolean;
  readonly shard?: string;
}

export const registerKit: RegisterCommand = (program, context) => {
  const kit = program
    .command('kit')
    // `kit merge --out` belongs to merge: without this, commander gives it to `kit`'s own --out.
    .enablePositionalOptions()
    .description('Build every partner kit: tokens, glossary, visuals, posters, logos, fonts, manifest, zip')
    .option('-p, --partner <id>', 'only these partners (repeatable, comma-separated)', collect)
    .option('-o, --out <dir>', 'kits go to <out>/<partner>/ and <out>/<partner>.zip', 'dist/kit')
    .option('--root <dir>', 'folder holding tokens/ and assets/', '.')
    .option('--formats <list>', `screen outputs among ${OUTPUT_KIND_NAMES.join(', ')}`)
    .option('-j, --jobs <n>', 'worker threads for the render and the partner kits (default: available cores)')
    .option('--force', 'rebuild everything, ignoring caches')
    .option('--no-sample', 'the brand is not the illustrative sample: omit the notice in READMEs')
    .option(
      '--shard <i/n>',
      'build only shard i of n of the partner kits, for `blason kit merge` (CI machines)',
    )
    .action(async (flags: KitFlags) => {
      const options = {
        rootDir: flags.root,
        outDir: flags.out,
        ...(flags.partner ? { partners: flags.partner } : {}),
        ...(flags.formats ? { outputs: parseOutputs(flags.formats) } : {}),
        ...(flags.jobs ? { jobs: parseJobs(flags.jobs) } : {}),
        force: flags.force ?? false,
        illustrative: flags.sample,
      };
      const unchanged = flags.force || flags.shard ? undefined : await unchangedKit(options);
      if (unchanged) {
        process.stdout.write(summaryText(unchanged));
        return;
      }
      // Only a build renders: a no-change rerun costs one process start, not two.
      context?.beforeRender?.();
      const [{ buildKit }, { parseShard }] = await Promise.all([
        import('@blason/kit/build'),
        import('@blason/render'),
      ]);
      const progress = createProgress('kit');
      let summary: KitSummary;
      try {
        summary = await buildKit({
          ...options,
          ...(flags.shard ? { shard: parseShard(flags.shard) } : {}),
          // The render status (« rendu », « inchangé ») is the progress line's own word.
          onProgress: (event) =>
            event.step === 'render'
              ? progress.update(event.progress)
              : progress.update({ done: event.done, total: event.total, key: event.partner }),
        });
      } finally {
        progress.stop();
      }
      process.stdout.write(summaryText(summary));
    });
  kit
    .command('merge')
    .description('Assemble the outputs of every `blason kit --shard i/n` run into the partner kits and zips')
    .argument('<dirs...>', 'the shard output folders (every shard of one build)')
    .option('-o, --out <dir>', 'kits go to <out>/<partner>/ and <out>/<partner>.zip', 'dist/kit')
    .action(async (dirs: string[], flags: { readonly out: string }) => {
      const { mergeKit } = await import('@blason/kit/build');
      const summary = await mergeKit({ shardDirs: dirs, outDir: flags.out });
      process.stdout.write(summaryText(summary));
    });
};

function summaryText(summary: KitSummary): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
  const lines = summary.partners.map(
    (p) =>
      `  ${p.partner.padEnd(18)} ${String(p.visuals).padStart(4)} visuels ${String(p.files).padStart(5)} fichiers ${mb(p.bytes).padStart(9)}  ${p.zip}`,
  );
  const head = summary.rebuilt
    ? `Kits générés (${summary.cachedVisuals}\u00a0visuels repris du cache)\u00a0:`
    : 'Kits inchangés (aucune entrée modifiée)\u00a0:';
  return `${head}\n${lines.join('\n')}\n`;
}
