import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isBlasonError, type Problem, sweepTemporaries } from '@blason/core';
import { RenderCache } from './cache.js';
import { withCacheKeys } from './cache-key.js';
import { type Campaign, loadCampaign, withSourcePositions } from './campaign.js';
import { createRenderContext, type RenderContext } from './context.js';
import type { DepsSetup } from './default-deps.js';
import { renderBatches } from './dispatch.js';
import type { OutputKind } from './encode.js';
import { mergeFailures } from './failures.js';
import { type Shard, selectShard, threadsFor } from './jobs.js';
import { checkOptions, planJobs } from './plan.js';
import { createPool, type RenderPool } from './pool.js';
import { RENDER_TASKS_PER_THREAD } from './threads.js';
import type { RenderedVisual, VisualJob } from './visual.js';
import { batchesOf, renderBatchWith } from './worker.js';

/**
 * Batches rendered at once when the run stays in this thread (no pool), as in each worker thread.
 * A lone visual leaves the thread idle while sharp encodes it and its files are written (about a
 * quarter of its time); with two in flight, the next one is composed meanwhile. The 126 sample
 * screen visuals, `--jobs 1`: 8.0 → 6.9 s; the 36 posters 5.3 → 4.7 s. Three gained nothing more.
 */
const IN_PROCESS_BATCHES = RENDER_TASKS_PER_THREAD;

export interface RenderProgress {
  readonly done: number;
  readonly total: number;
  readonly key: string;
  readonly status: 'rendered' | 'cached' | 'failed';
}

export interface RenderCampaignsOptions {
  /** Campaign files (YAML or JSON). */
  readonly campaigns: readonly string[];
  readonly tokensDir: string;
  /** Lexicon folder: the copy is fixed and linted with it (omit to skip). */
  readonly lexiconDir?: string;
  readonly outDir: string;
  readonly partners?: readonly string[];
  readonly templates?: readonly string[];
  readonly formats?: readonly string[];
  /** Screen outputs; defaults to PNG and SVG. AVIF is opt-in (slow). */
  readonly outputs?: readonly OutputKind[];
  /**
   * Worker threads; by default as many as the available cores and the run's size pay for (a small
   * run renders faster in this thread than threads start, see `threadsFor`). 1 renders in this thread.
   */
  readonly jobs?: number;
  /** Worker threads to render on, left open for the caller's next work; `jobs` is then ignored. */
  readonly pool?: RenderPool;
  /**
   * Brand, lexicon and fonts already loaded in this thread for the same `tokensDir` and
   * `lexiconDir` (a kit's context); read here otherwise.
   */
  readonly context?: RenderContext;
  readonly shard?: Shard;
  readonly allowLintErrors?: boolean;
  readonly allowRemote?: boolean;
  /** Ignore the cache and render everything. */
  readonly force?: boolean;
  readonly onProgress?: (progress: RenderProgress) => void;
}

export interface RenderReport {
  /** Every visual of the selection (rendered now or reused from the cache), sorted by key. */
  readonly visuals: readonly RenderedVisual[];
  /** Keys of the visuals reused from the cache. */
  readonly skipped: readonly string[];
  /** Content problems (French) of campaigns and visuals that could not be rendered. */
  readonly problems: readonly Problem[];
  /**
   * What the options asked for and the campaigns do not hold (French warnings): a partner outside
   * a campaign's list, a template no campaign uses.
   */
  readonly notices: readonly Problem[];
}

/**
 * Renders campaigns for partners and formats: in parallel worker threads, skipping visuals whose
 * inputs have not changed, writing every file atomically. A campaign or visual with a problem is
 * reported and the others are still rendered.
 */
export async function renderCampaigns(options: RenderCampaignsOptions): Promise<RenderReport> {
  const setup: DepsSetup = {
    tokensDir: resolve(options.tokensDir),
    ...(options.lexiconDir ? { lexiconDir: resolve(options.lexiconDir) } : {}),
  };
  const outDir = resolve(options.outDir);
  const context = options.context ?? (await createRenderContext(setup));
  const plan = await planRun(options, setup, outDir, context);
  const campaignFiles = options.campaigns.map((file) => resolve(file));
  const { jobs } = plan;
  await sweepTemporaries(outDir);
  const cache = await RenderCache.open(outDir);
  let ownPool: RenderPool | undefined;
  try {
    const visuals = new Map<string, RenderedVisual>();
    const skipped: string[] = [];
    const pending: VisualJob[] = [];
    const failures: Array<{ key: string; problems: readonly Problem[] }> = [];
    let done = 0;
    const progress = (key: string, status: RenderProgress['status']) =>
      options.onProgress?.({ done: ++done, total: jobs.length, key, status });
    for (const job of jobs) {
      const fresh = options.force ? undefined : await cache.fresh(job.key, job.hash, outDir);
      if (fresh) {
        visuals.set(job.key, fresh);
        skipped.push(job.key);
        progress(job.key, 'cached');
      } else pending.push(job);
    }
    const batches = batchesOf(setup, pending);
    const threads = threadsFor({
      visuals: pending.length,
      batches: batches.length,
      requested: options.jobs,
      cores: availableParallelism(),
    });
    if (!options.pool && threads > 1) ownPool = createPool(threads);
    const pool = options.pool ?? ownPool;
    await renderBatches(batches, {
      run: (batch) => (pool ? pool.run(batch) : renderBatchWith(batch, context)),
      lanes: pool ? pool.concurrency : IN_PROCESS_BATCHES,
      onResult: (result) => {
        if (result.ok) {
          visuals.set(result.visual.key, result.visual);
          cache.set(result.visual);
          progress(result.visual.key, 'rendered');
        } else {
          failures.push({ key: result.key, problems: result.problems });
          progress(result.key, 'failed');
        }
      },
    }).finally(() => cache.save());
    return {
      visuals: [...visuals.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
      skipped: skipped.sort(),
      problems: await withSourcePositions([...plan.problems, ...mergeFailures(failures)], campaignFiles),
      notices: await withSourcePositions(plan.notices, campaignFiles),
    };
  } finally {
    await ownPool?.destroy();
  }
}

/** The run's jobs (with their cache keys), and the problems and notices of its campaigns. */
async function planRun(
  options: RenderCampaignsOptions,
  setup: DepsSetup,
  outDir: string,
  context: RenderContext,
): Promise<{ jobs: VisualJob[]; problems: Problem[]; notices: Problem[] }> {
  const { deps } = context;
  checkOptions(options, deps);
  const problems: Problem[] = [];
  const campaigns: Campaign[] = [];
  for (const file of [...options.campaigns].sort()) {
    try {
      campaigns.push(await loadCampaign(resolve(file), { templates: deps.templates }));
    } catch (error) {
      if (!isBlasonError(error)) throw error;
      problems.push(...error.problems);
    }
  }
  const notices: Problem[] = [];
  const planned = planJobs(campaigns, deps, options, outDir, problems, notices);
  const jobs = selectShard(await withCacheKeys(planned, deps, setup, options), options.shard);
  return { jobs, problems, notices };
}
