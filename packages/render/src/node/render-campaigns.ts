import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isBlasonError, type Problem, sweepTemporaries } from '@blason/core';
import { RenderCache } from './cache.js';
import { withCacheKeys } from './cache-key.js';
import { type Campaign, loadCampaign } from './campaign.js';
import { createRenderContext, type RenderContext } from './context.js';
import type { DepsSetup } from './default-deps.js';
import type { OutputKind } from './encode.js';
import { internalProblem, mergeFailures } from './failures.js';
import { type Shard, selectShard } from './jobs.js';
import { checkOptions, planJobs } from './plan.js';
import { createPool, type RenderPool } from './pool.js';
import type { RenderedVisual, VisualJob } from './visual.js';
import type { RenderTask, RenderTaskResult } from './worker.js';
import { renderWith } from './worker.js';

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
  /** Worker threads; defaults to the available cores. 1 renders in this thread. */
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
  await sweepTemporaries(outDir);
  const cache = await RenderCache.open(outDir);
  const visuals = new Map<string, RenderedVisual>();
  const skipped: string[] = [];
  const pending: VisualJob[] = [];
  let done = 0;
  const failures: Array<{ key: string; problems: readonly Problem[] }> = [];
  for (const job of jobs) {
    const fresh = options.force ? undefined : await cache.fresh(job.key, job.hash, outDir);
    if (fresh) {
      visuals.set(job.key, fresh);
      skipped.push(job.key);
      options.onProgress?.({ done: ++done, total: jobs.length, key: job.key, status: 'cached' });
    } else pending.push(job);
  }
  const threads = Math.max(1, Math.min(options.jobs ?? availableParallelism(), pending.length));
  const ownPool = !options.pool && threads > 1 ? createPool(threads) : undefined;
  const pool = options.pool ?? ownPool;
  const run = (task: RenderTask): Promise<RenderTaskResult> =>
    pool ? pool.run(task) : renderWith(task, context);
  const renderOne = async (job: VisualJob): Promise<void> => {
    const result = await run({ setup, job }).catch(
      (error: unknown): RenderTaskResult => ({
        ok: false,
        key: job.key,
        problems: [internalProblem(job, error)],
      }),
    );
    if (result.ok) {
      visuals.set(job.key, result.visual);
      cache.set(result.visual);
    } else failures.push({ key: job.key, problems: result.problems });
    options.onProgress?.({
      done: ++done,
      total: jobs.length,
      key: job.key,
      status: result.ok ? 'rendered' : 'failed',
    });
  };
  try {
    // The pool queues its tasks; in this thread, one visual at a time keeps memory (and GC) low.
    if (pool) await Promise.all(pending.map(renderOne));
    else for (const job of pending) await renderOne(job);
  } finally {
    await ownPool?.destroy();
    await cache.save();
  }
  return {
    visuals: [...visuals.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    skipped: skipped.sort(),
    problems: [...problems, ...mergeFailures(failures)],
    notices,
  };
}
