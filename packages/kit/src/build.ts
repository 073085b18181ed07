import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { BlasonError, type Problem, unknownValueMessage } from '@blason/core';
import {
  campaignFiles,
  type OutputKind,
  type RenderPool,
  type RenderProgress,
  type RenderTaskResult,
  renderCampaigns,
  type Shard,
} from '@blason/render';
import {
  createThreadPool,
  RENDER_TASKS_PER_THREAD,
  siblingModule,
  type ThreadPool,
} from '@blason/render/threads';
import type { Brand, PartnerMeta } from '@blason/tokens';
import { kitContext, kitSetup } from './kit-context.js';
import type { PartnerSummary, PartnerTask } from './partner-task.js';
import { mergeShards, partnersOfShard, writeShardRecord } from './shard.js';
import { kitDigest, readStamp, writeStamp } from './stamp.js';
import type { KitTask } from './worker.js';

export type { PartnerSummary } from './partner-task.js';

type KitPool = ThreadPool<KitTask, RenderTaskResult[] | PartnerSummary>;

export interface BuildKitOptions {
  /** Folder holding `tokens/` and `assets/` (the repository root for the sample brand). */
  readonly rootDir: string;
  /** Kits go to `<outDir>/<partner>/` and `<outDir>/<partner>.zip`. */
  readonly outDir: string;
  /** Partner ids; every partner of the brand by default. */
  readonly partners?: readonly string[];
  /** Screen encodings of every visual; the render engine's defaults otherwise. */
  readonly outputs?: readonly OutputKind[];
  /** Worker threads, for the render and then for the partner kits. */
  readonly jobs?: number;
  /** Rebuild everything, ignoring the render cache and the kit digest. */
  readonly force?: boolean;
  /** The brand is the repository's illustrative sample: every README and sheet says so. */
  readonly illustrative?: boolean;
  /**
   * Build only this machine's share of the partner kits (dealt round-robin), for `mergeKit` to
   * assemble: a shard writes a record of what it built instead of the kit's no-change stamp.
   */
  readonly shard?: Shard;
  readonly onProgress?: (event: KitProgress) => void;
}

export type KitProgress =
  | { readonly step: 'render'; readonly progress: RenderProgress }
  | { readonly step: 'partner'; readonly partner: string; readonly done: number; readonly total: number };

export interface KitSummary {
  /** False when every input was unchanged and the existing kits were kept as they are. */
  readonly rebuilt: boolean;
  readonly partners: readonly PartnerSummary[];
  /** Visuals reused from the render cache. */
  readonly cachedVisuals: number;
}

/**
 * Builds the kit of every partner: tokens, glossary, visuals, posters, logos, fonts, contact sheet,
 * manifest, French README, and a zip. Content problems stop the build before any manifest or zip is
 * replaced, so the previous kit stays whole.
 */
export async function buildKit(options: BuildKitOptions): Promise<KitSummary> {
  const rootDir = resolve(options.rootDir);
  const outDir = resolve(options.outDir);
  // The digest comes first: a no-change rerun must not pay for loading the brand.
  // (`@blason/kit/stamp` makes the same check without loading this module: the CLI's no-change rerun.)
  const digest = await kitDigest({ ...options, rootDir, outDir });
  const sharded = options.shard && options.shard.count > 1 ? options.shard : undefined;
  const previous = options.force || sharded ? undefined : await readStamp(outDir, digest);
  if (previous) return { ...previous, rebuilt: false };
  // One pool for the whole build, started before the brand loads so that its threads warm up meanwhile.
  const threads = Math.max(1, options.jobs ?? availableParallelism());
  const pool: KitPool | undefined =
    threads > 1
      ? createThreadPool(siblingModule(import.meta.url, 'worker'), threads, {
          tasksPerThread: RENDER_TASKS_PER_THREAD,
        })
      : undefined;
  try {
    const { summary, partners } = await buildAll(options, { rootDir, outDir, digest }, pool);
    if (sharded) await writeShardRecord(outDir, sharded, digest, partners, summary.partners);
    else await writeStamp(outDir, digest, summary);
    return summary;
  } finally {
    await pool?.destroy();
  }
}

async function buildAll(
  options: BuildKitOptions,
  where: { readonly rootDir: string; readonly outDir: string; readonly digest: string },
  pool: KitPool | undefined,
): Promise<{ readonly summary: KitSummary; readonly partners: readonly string[] }> {
  const { rootDir, outDir, digest } = where;
  const context = await kitContext(rootDir, digest);
  const selected = selectPartners(context.brand, options.partners);
  const partners = partnersOfShard(selected, options.shard);
  const report = await renderCampaigns({
    campaigns: await campaignFiles(join(rootDir, 'assets', 'campaigns')).catch(() => []),
    ...kitSetup(rootDir),
    context: context.render,
    outDir,
    partners: partners.map((partner) => partner.id),
    ...(options.outputs ? { outputs: options.outputs } : {}),
    ...(pool ? { pool: renderPoolOf(pool, where) } : { jobs: 1 }),
    ...(options.force ? { force: true } : {}),
    onProgress: (progress) => options.onProgress?.({ step: 'render', progress }),
  });
  if (report.problems.length > 0) {
    throw new BlasonError('Le kit n’a pas été généré : des contenus sont à corriger.', report.problems);
  }
  const tasks = partners.map((partner) => ({
    rootDir,
    outDir,
    partner: partner.id,
    digest,
    visuals: report.visuals.filter((visual) => visual.partner === partner.id),
    illustrative: options.illustrative ?? false,
  }));
  const summaries = await writePartnerKits(tasks, pool, options.onProgress);
  return {
    summary: { rebuilt: true, partners: summaries, cachedVisuals: report.skipped.length },
    partners: selected.map((partner) => partner.id),
  };
}

export interface MergeKitOptions {
  /** The output folders of every shard of one build (`buildKit` with `shard`). */
  readonly shardDirs: readonly string[];
  readonly outDir: string;
}

/**
 * Assembles the shards of one build into the same partner kits and zips as a one-machine run, and
 * writes the kit's stamp, so that a later `buildKit` with unchanged inputs keeps them. Refuses, writing
 * nothing, unless every shard finished and they are the parts of one build.
 */
export async function mergeKit(options: MergeKitOptions): Promise<KitSummary> {
  const outDir = resolve(options.outDir);
  const merged = await mergeShards(options.shardDirs, outDir);
  const summary: KitSummary = { rebuilt: true, partners: merged.partners, cachedVisuals: 0 };
  await writeStamp(outDir, merged.digest, summary);
  return summary;
}

/**
 * The kit pool seen by the renderer: it renders on it, with each thread's kit context, and leaves
 * it open for the partner kits.
 */
function renderPoolOf(
  pool: KitPool,
  where: { readonly rootDir: string; readonly digest: string },
): RenderPool {
  const { rootDir, digest } = where;
  return {
    run: (batch) => pool.run({ kind: 'render', batch, rootDir, digest }) as Promise<RenderTaskResult[]>,
    concurrency: pool.concurrency,
    threads: () => pool.threads(),
    destroy: async () => {},
  };
}

function selectPartners(brand: Brand, ids: readonly string[] | undefined): PartnerMeta[] {
  if (!ids || ids.length === 0) return [...brand.partners];
  const known = brand.partners.map((partner) => partner.id);
  const problems: Problem[] = ids
    .filter((id) => !known.includes(id))
    .map((id) => ({
      code: 'kit/unknown-partner',
      path: '--partner',
      message: unknownValueMessage('partenaire', id, known),
      language: 'fr' as const,
    }));
  if (problems.length > 0) throw new BlasonError('Partenaire inconnu', problems, { kind: 'usage' });
  return brand.partners.filter((partner) => ids.includes(partner.id));
}

/**
 * Each partner's kit (tokens, glossary, logos, contact sheet, manifest, zip) as a task of its own.
 * Every task is left to finish before a failure is reported, so no kit is cut off mid-write.
 */
async function writePartnerKits(
  tasks: readonly PartnerTask[],
  pool: KitPool | undefined,
  onProgress: BuildKitOptions['onProgress'],
): Promise<PartnerSummary[]> {
  let done = 0;
  // The partner kits' code is loaded here, not with this module: with a pool, only its threads need it.
  const write: (task: PartnerTask) => Promise<PartnerSummary> = pool
    ? (task) => pool.run({ kind: 'partner', task }) as Promise<PartnerSummary>
    : (await import('./partner-task.js')).partnerTask;
  const writeOne = async (task: PartnerTask): Promise<PartnerSummary> => {
    const summary = await write(task);
    onProgress?.({ step: 'partner', partner: task.partner, done: ++done, total: tasks.length });
    return summary;
  };
  const settled: PromiseSettledResult<PartnerSummary>[] = [];
  if (pool) settled.push(...(await Promise.allSettled(tasks.map(writeOne))));
  else for (const task of tasks) settled.push(...(await Promise.allSettled([writeOne(task)])));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<PartnerSummary>).value);
}
