import { readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BlasonError, isBlasonError, type Problem, sha256, stableStringify } from '@blason/core';
import type { ResolvedTheme } from '@blason/tokens/theme';
import { imageRef } from '../engine/image.js';
import { formatMedium, visualMode } from '../engine/visual.js';
import { RenderCache } from './cache.js';
import { type Campaign, displayPath, loadCampaign } from './campaign.js';
import { type DepsSetup, loadDeps } from './default-deps.js';
import type { RenderDeps } from './deps.js';
import { DEFAULT_OUTPUTS, OUTPUT_KINDS, type OutputKind } from './encode.js';
import { fontsHash } from './fonts.js';
import { hashTree, packageCodeFolder } from './hashing.js';
import { readImage } from './images.js';
import { type Shard, selectShard } from './jobs.js';
import { createPool, type RenderPool } from './pool.js';
import type { RenderedVisual, VisualJob } from './visual.js';
import type { RenderTask, RenderTaskResult } from './worker.js';
import renderTask from './worker.js';

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
}

const here = dirname(fileURLToPath(import.meta.url));

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
  const deps = await loadDeps(setup);
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
  const planned = planJobs(campaigns, deps, options, outDir, problems);
  const jobs = selectShard(await withHashes(planned, deps, setup, options), options.shard);
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
  const run = (task: RenderTask): Promise<RenderTaskResult> => (pool ? pool.run(task) : renderTask(task));
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
  };
}

/**
 * The same problem usually hits every format and partner of a campaign (a lint error, a missing
 * glyph): it is reported once, naming the first visual and how many others it stops.
 */
function mergeFailures(failures: ReadonlyArray<{ key: string; problems: readonly Problem[] }>): Problem[] {
  const merged = new Map<string, { problem: Problem; keys: string[] }>();
  for (const { key, problems } of [...failures].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    for (const problem of problems) {
      const id = JSON.stringify([problem.code, problem.file, problem.path, problem.message]);
      const entry = merged.get(id);
      if (entry) entry.keys.push(key);
      else merged.set(id, { problem, keys: [key] });
    }
  }
  return [...merged.values()].map(({ problem, keys }) => {
    const others = keys.length - 1;
    const where =
      others > 0
        ? `${keys[0]} et ${others} autre${others > 1 ? 's' : ''} visuel${others > 1 ? 's' : ''}`
        : keys[0];
    return { ...problem, message: `${problem.message} [${where}]` };
  });
}

function internalProblem(job: VisualJob, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'render/internal',
    severity: 'error',
    file: displayPath(job.campaign.file),
    message: `échec interne du rendu (${message})`,
  };
}

/** Unknown partners, templates, formats or outputs in the options: a usage error (exit 2). */
function checkOptions(options: RenderCampaignsOptions, deps: RenderDeps): void {
  const problems: Problem[] = [];
  const check = (
    what: string,
    flag: string,
    values: readonly string[] | undefined,
    known: readonly string[],
  ) => {
    for (const value of values ?? []) {
      if (!known.includes(value)) {
        problems.push({
          code: `render/unknown-${flag}`,
          path: `--${flag}`,
          message: `${what} inconnu « ${value} » (attendu : l’un de ${[...known].sort().join(', ')})`,
        });
      }
    }
  };
  check(
    'partenaire',
    'partner',
    options.partners,
    deps.brand.partners.map((p) => p.id),
  );
  check('gabarit', 'template', options.templates, Object.keys(deps.templates));
  check('format', 'format', options.formats, deps.formatIds);
  check('type de fichier', 'formats', options.outputs, OUTPUT_KINDS);
  if (problems.length > 0) throw new BlasonError('Option invalide', problems, { exitCode: 2 });
}

type PlannedJob = Omit<VisualJob, 'hash'>;

function planJobs(
  campaigns: readonly Campaign[],
  deps: RenderDeps,
  options: RenderCampaignsOptions,
  outDir: string,
  problems: Problem[],
): PlannedJob[] {
  const allPartners = deps.brand.partners.map((p) => p.id);
  const jobs: PlannedJob[] = [];
  for (const campaign of campaigns) {
    if (options.templates && !options.templates.includes(campaign.template)) continue;
    const unknown = [
      ...(campaign.partners ?? [])
        .filter((p) => !allPartners.includes(p))
        .map((p) => ['partners', 'partenaire', p, allPartners] as const),
      ...(campaign.formats ?? [])
        .filter((f) => !deps.formatIds.includes(f))
        .map((f) => ['formats', 'format', f, deps.formatIds] as const),
    ];
    if (unknown.length > 0) {
      for (const [field, what, value, known] of unknown) {
        problems.push({
          code: `render/unknown-${field}`,
          file: displayPath(campaign.file),
          path: field,
          message: `${what} inconnu « ${value} » (attendu : l’un de ${[...known].sort().join(', ')})`,
        });
      }
      continue;
    }
    const partners = (campaign.partners ?? allPartners).filter(
      (p) => !options.partners || options.partners.includes(p),
    );
    const formats = (campaign.formats ?? deps.formatIds).filter(
      (f) => !options.formats || options.formats.includes(f),
    );
    for (const partner of partners) {
      for (const format of formats) {
        const medium = formatMedium(deps.brand, partner, format);
        jobs.push({
          key: `${partner}/${campaign.id}/${format}`,
          campaign,
          partner,
          format,
          mode: visualMode(deps.brand, medium, campaign.mode),
          outputs: options.outputs ?? DEFAULT_OUTPUTS,
          outDir,
          allowLintErrors: options.allowLintErrors ?? false,
          allowRemote: options.allowRemote ?? false,
        });
      }
    }
  }
  return jobs;
}

/**
 * The cache key of each visual: engine, templates, fonts and lexicon code and data, the resolved
 * theme of its partner and mode, the partner's metadata, the campaign and its image, the options.
 */
async function withHashes(
  jobs: readonly PlannedJob[],
  deps: RenderDeps,
  setup: DepsSetup,
  options: RenderCampaignsOptions,
): Promise<VisualJob[]> {
  const shared = sha256(
    stableStringify({
      engine: await hashTree(resolve(here, '..')),
      templates: await hashTree(packageCodeFolder('@blason/templates')),
      print: await hashTree(packageCodeFolder('@blason/print')),
      fonts: fontsHash(),
      lexicon: setup.lexiconDir ? await hashTree(setup.lexiconDir) : null,
      pictograms: await pictogramsHash(deps),
    }),
  );
  const themes = new Map<string, string>();
  const themeHash = (partner: string, mode: string) => {
    const key = `${partner}/${mode}`;
    if (!themes.has(key))
      themes.set(key, sha256(stableStringify(plainTheme(deps.brand.theme(partner, mode)))));
    return themes.get(key) as string;
  };
  const images = new Map<string, string>();
  const imageHash = async (campaign: Campaign): Promise<string | null> => {
    const ref = imageRef(campaign.content);
    if (!ref) return null;
    if (!images.has(campaign.file)) {
      const bytes = await readImage(ref, {
        campaignFile: campaign.file,
        allowRemote: options.allowRemote ?? false,
      }).catch(() => undefined);
      images.set(campaign.file, bytes ? sha256(bytes) : 'unreadable');
    }
    return images.get(campaign.file) as string;
  };
  const out: VisualJob[] = [];
  for (const job of jobs) {
    const partner = deps.brand.partners.find((p) => p.id === job.partner);
    const hash = sha256(
      stableStringify({
        shared,
        theme: themeHash(job.partner, job.mode),
        partner,
        campaign: { ...job.campaign, file: undefined, image: await imageHash(job.campaign) },
        format: job.format,
        outputs: job.outputs,
        allowLintErrors: job.allowLintErrors,
        allowRemote: job.allowRemote,
      }),
    );
    out.push({ ...job, hash });
  }
  return out;
}

/** A theme as plain data for hashing: maps become entry lists, definition positions are dropped. */
function plainTheme(theme: ResolvedTheme): unknown {
  return JSON.parse(
    JSON.stringify(theme, (key, value: unknown) => {
      if (key === 'definition') return undefined;
      if (value instanceof Map) return [...value.entries()];
      return value;
    }),
  );
}

async function pictogramsHash(deps: RenderDeps): Promise<string> {
  const axes = deps.brand.axes;
  const folders = [
    ...new Set(axes.map((a) => (a.pictogramFile ? dirname(a.pictogramFile) : '')).filter(Boolean)),
  ];
  return sha256((await Promise.all(folders.sort().map((f) => hashTree(f)))).join('\n'));
}

/** Temporary files `writeFileAtomic` names `.<file>.<12 hex>.tmp`. */
const TEMPORARY = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * A killed run can leave temporary files (never a partial target file: targets are renamed into
 * place whole). They are removed before the next run resumes.
 */
async function sweepTemporaries(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sweepTemporaries(path);
      return TEMPORARY.test(entry.name) ? rm(path, { force: true }) : undefined;
    }),
  );
}
