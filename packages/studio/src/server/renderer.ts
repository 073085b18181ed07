/**
 * The studio's only door into `@blason/render`: brand and templates, campaign files, copy lint and
 * the render itself (same worker code as the kit). Everything else in the studio talks to the
 * `StudioRenderer` interface, so a change of the render engine's API is absorbed here.
 */
import { type FSWatcher, statSync, watch } from 'node:fs';
import { mkdtemp, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { BlasonError, isBlasonError, sha256, stableStringify } from '@blason/core';
import {
  type Campaign,
  campaignFiles,
  type DepsSetup,
  formatMedium,
  type ImageRef,
  imageRef,
  loadCampaign,
  loadDeps,
  NON_TEXT_KEYS,
  type RenderDeps,
  type RenderTaskResult,
  visualMode,
} from '@blason/render';
import { createThreadPool, siblingModule, type ThreadPool } from '@blason/render/threads';
import { formatSpec, isFormatId } from '@blason/templates';
import { PRINT_MODE } from '@blason/tokens/theme';
import { z } from 'zod';
import { BusyError } from './render-queue.js';
import renderStudioTask, { type StudioTask, type StudioTaskResult } from './render-worker.js';

export type { Campaign, ImageRef };
export { imageRef };

/** What a request may ask for; `jpg` is the URL spelling of JPEG. */
export const EXTENSIONS = ['png', 'jpg', 'webp', 'svg', 'pdf'] as const;
export type Extension = (typeof EXTENSIONS)[number];

const MEDIA_TYPES: Record<Extension, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
};
const SCREEN_OUTPUT: Record<Extension, StudioTask['output']> = {
  png: 'png',
  jpg: 'jpeg',
  webp: 'webp',
  svg: 'svg',
  pdf: 'pdf',
};
/** Print formats give a PDF and its PNG preview (trim area); screen formats every raster and SVG. */
export const PRINT_EXTENSIONS: readonly Extension[] = ['pdf', 'png'];
export const SCREEN_EXTENSIONS: readonly Extension[] = ['png', 'jpg', 'webp', 'svg'];

export interface FormatInfo {
  readonly id: string;
  readonly kind: 'screen' | 'print';
  readonly width: number;
  readonly height: number;
  /** From the canvas edge; print canvases include the bleed. */
  readonly safeZone: { top: number; right: number; bottom: number; left: number };
  /** Print bleed in pixels (0 on screens): print previews show the trim area, without it. */
  readonly bleed: number;
  readonly extensions: readonly Extension[];
}

export interface TemplateInfo {
  readonly id: string;
  readonly label: string;
  /** The content schema as JSON Schema (draft 2020-12): labels in `description`, limits as keywords. */
  readonly schema: unknown;
  readonly example: unknown;
}

export interface BrandInfo {
  readonly partners: readonly { id: string; name: string }[];
  /** Screen modes; the first visual of a request without a mode is drawn in `defaultMode`. */
  readonly modes: readonly string[];
  readonly defaultMode: string;
  readonly templates: readonly TemplateInfo[];
  readonly formats: readonly FormatInfo[];
}

export interface RenderRequest {
  readonly campaign: Campaign;
  readonly partner: string;
  readonly format: string;
  /** Screen formats only: print formats always use the print mode. */
  readonly mode: string;
  readonly ext: Extension;
}

export interface RenderResult {
  readonly bytes: Buffer;
  readonly mediaType: string;
  /** SHA-256 of the bytes: the strong ETag. */
  readonly sha256: string;
  readonly alt: string;
}

export interface LintResult {
  /** The text after the safe fixes (typography, name variants). */
  readonly text: string;
  readonly applied: readonly unknown[];
  readonly findings: readonly unknown[];
}

export interface StudioRenderer {
  readonly brand: BrandInfo;
  /** Campaign files of the campaigns folder, by id (file name without extension). */
  campaignFiles(): Promise<ReadonlyMap<string, string>>;
  /** Forgets what is known of the campaigns folder (after the studio itself wrote into it). */
  campaignsChanged(): void;
  /** Reads and validates a campaign file; throws a `BlasonError` with French problems. */
  loadCampaign(file: string): Promise<Campaign>;
  /**
   * Validates unsaved campaign data exactly as a file would be (same French problems); `file` is
   * where it would live, for relative images.
   */
  campaignFromData(data: unknown, file: string): Promise<Campaign>;
  /** Same key for the same visual: partner, mode, format, output and campaign content. */
  renderKey(request: RenderRequest): string;
  render(request: RenderRequest): Promise<RenderResult>;
  lint(text: string, options: { partner: string; channel: string; field?: string }): LintResult;
  close(): Promise<void>;
}

export interface RendererOptions {
  readonly tokensDir: string;
  readonly lexiconDir?: string;
  readonly campaignsDir: string;
  /** Where campaign photos live (watched, so a photo replaced under its name is drawn again); `campaignsDir`'s parent by default. */
  readonly assetsDir?: string;
  /** Worker threads; 0 renders in this thread (tests). */
  readonly threads?: number;
  readonly allowRemote?: boolean;
}

/** Loads the brand, templates and lexicon, and starts the render workers. */
export async function createRenderer(options: RendererOptions): Promise<StudioRenderer> {
  const setup: DepsSetup = {
    tokensDir: options.tokensDir,
    ...(options.lexiconDir ? { lexiconDir: options.lexiconDir } : {}),
  };
  const deps = await loadDeps(setup);
  const brand = describeBrand(deps);
  const scratch = await mkdtemp(join(tmpdir(), 'blason-studio-'));
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const pool: ThreadPool<StudioTask, StudioTaskResult | RenderTaskResult> | undefined =
    threads > 0 ? createThreadPool(siblingModule(import.meta.url, 'render-worker'), threads) : undefined;
  let closing = false;
  const run = async (task: StudioTask) => {
    try {
      return await (pool ? pool.run(task) : renderStudioTask(task));
    } catch (error) {
      // A render cut short because the studio stops (Ctrl-C) is no failure of the studio.
      if (closing) throw new BusyError('le studio s’arrête : réessayez dans un instant', 5);
      throw error;
    }
  };
  let sequence = 0;
  // A campaign file is parsed again only when it changes: cached visuals answer without YAML work.
  const loaded = new Map<string, { stamp: string; campaign: Promise<Campaign> }>();
  // The folder is watched: until it changes, its listing and loaded campaigns are trusted without a
  // system call. Where watching fails (no inotify left), every request lists and stats as before.
  let listing: Promise<ReadonlyMap<string, string>> | undefined;
  const trusted = new Set<string>();
  const forget = () => {
    listing = undefined;
    trusted.clear();
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(options.campaignsDir, { persistent: false }, forget);
    watcher.on('error', () => {
      watcher?.close();
      watcher = undefined;
      forget();
    });
  } catch {
    watcher = undefined;
  }

  // A photo's identity is part of the render key: a photo replaced under its name is drawn again.
  // Stamps are trusted while the assets folder is watched and quiet; without a watcher, stat each time.
  const photoStamps = new Map<string, string>();
  let assetsWatcher: FSWatcher | undefined;
  try {
    assetsWatcher = watch(
      options.assetsDir ?? dirname(options.campaignsDir),
      { persistent: false, recursive: true },
      () => photoStamps.clear(),
    );
    assetsWatcher.on('error', () => {
      assetsWatcher?.close();
      assetsWatcher = undefined;
      photoStamps.clear();
    });
  } catch {
    assetsWatcher = undefined;
  }
  const photoStamp = (campaign: Campaign): string => {
    const ref = imageRef(campaign.content);
    if (!ref || /^[a-z][a-z0-9+.-]*:/i.test(ref.src)) return '';
    const location = isAbsolute(ref.src) ? ref.src : resolve(dirname(campaign.file), ref.src);
    let stamp = assetsWatcher ? photoStamps.get(location) : undefined;
    if (stamp === undefined) {
      const info = statSync(location, { throwIfNoEntry: false });
      stamp = info ? `${info.mtimeMs}:${info.size}:${info.ino}` : 'missing';
      photoStamps.set(location, stamp);
    }
    return stamp;
  };

  // A loaded campaign is the same object until its file changes: its content is hashed once.
  const campaignHashes = new WeakMap<Campaign, string>();
  const campaignHash = (campaign: Campaign): string => {
    let hash = campaignHashes.get(campaign);
    if (!hash) {
      hash = sha256(stableStringify({ ...campaign, file: undefined }));
      campaignHashes.set(campaign, hash);
    }
    return hash;
  };
  // Ids are checked against the brand (no `|` in them): a plain join is a unique key, with no hashing.
  const renderKey = (request: RenderRequest): string =>
    `${campaignHash(request.campaign)}|${photoStamp(request.campaign)}|${request.partner}|${request.format}|${modeOf(deps, request)}|${request.ext}`;

  return {
    brand,
    campaignFiles() {
      const known = watcher ? listing : undefined;
      if (known) return known;
      const files = campaignFiles(options.campaignsDir).then(async (list) => {
        // A symbolic link leading out of the folder is no campaign: the service never reads it.
        const root = await realpath(options.campaignsDir);
        const inside = await Promise.all(
          list.map(async (file) => {
            const real = await realpath(file).catch(() => undefined);
            return real !== undefined && dirname(real) === root;
          }),
        );
        return new Map(list.filter((_, i) => inside[i]).map((file) => [campaignId(file), file]));
      });
      listing = files;
      files.catch(() => {
        if (listing === files) listing = undefined;
      });
      return files;
    },
    campaignsChanged: forget,
    async loadCampaign(file) {
      const known = loaded.get(file);
      if (known && watcher && trusted.has(file)) return known.campaign;
      const info = await stat(file).catch(() => undefined);
      const stamp = info ? `${info.mtimeMs}:${info.size}:${info.ino}` : '';
      if (known && known.stamp === stamp && stamp !== '') {
        trusted.add(file);
        return known.campaign;
      }
      const campaign = loadCampaign(file, { templates: deps.templates });
      loaded.set(file, { stamp, campaign });
      // A file that fails to load is read again next time (the error is not kept).
      campaign.then(
        () => stamp !== '' && loaded.get(file)?.campaign === campaign && trusted.add(file),
        () => undefined,
      );
      return campaign;
    },
    async campaignFromData(data, file) {
      // The pipeline's own loader gives the same French problems as `blason render`.
      const staged = join(scratch, `campaign-${++sequence}.json`);
      await writeFile(staged, JSON.stringify(data));
      try {
        const campaign = await loadCampaign(staged, { templates: deps.templates });
        return { ...campaign, file };
      } catch (error) {
        if (isBlasonError(error))
          throw new BlasonError(
            error.message,
            error.problems.map(({ file: _f, line: _l, column: _c, ...problem }) => problem),
          );
        throw error;
      } finally {
        await rm(staged, { force: true });
      }
    },
    renderKey,
    async render(request) {
      const key = renderKey(request);
      const spec = brand.formats.find((f) => f.id === request.format);
      const output = spec?.kind === 'print' && request.ext === 'png' ? 'preview' : SCREEN_OUTPUT[request.ext];
      // Only the poster PDF is still written by the kit's task; every other output stays in memory.
      const outDir = join(scratch, `render-${++sequence}`);
      const mediaType = MEDIA_TYPES[request.ext];
      try {
        const result = await run({
          setup,
          output,
          job: {
            key: `${request.partner}/${request.campaign.id}/${request.format}`,
            campaign: request.campaign,
            partner: request.partner,
            format: request.format,
            mode: modeOf(deps, request),
            outputs: [],
            outDir,
            allowLintErrors: false,
            allowRemote: options.allowRemote ?? false,
            hash: sha256(key),
          },
        });
        if (!result.ok) throw new BlasonError('Rendu impossible', result.problems);
        if ('bytes' in result)
          return { bytes: asBuffer(result.bytes), mediaType, sha256: result.sha256, alt: result.alt };
        const file = result.visual.files.find((f) => f.mediaType === mediaType);
        if (!file) throw new Error(`The render gave no ${mediaType} for ${request.format}`);
        const bytes = await readFile(join(outDir, file.path));
        return { bytes, mediaType, sha256: file.sha256, alt: result.visual.alt };
      } finally {
        if (output === 'pdf') await rm(outDir, { recursive: true, force: true });
      }
    },
    lint(text, { partner, channel, field }) {
      // Ids, URLs and dates (`cosigners[0]`, `registration.url`) are not copy: the render never lints them.
      const key = field
        ?.split('.')
        .at(-1)
        ?.replace(/\[\d+\]$/, '');
      if (key !== undefined && NON_TEXT_KEYS.has(key)) return { text, applied: [], findings: [] };
      const perField = { partner, channel, ...(field ? { field } : {}) };
      const fixed = deps.linter.fix(text, perField);
      return { text: fixed.text, applied: fixed.applied, findings: deps.linter.lint(fixed.text, perField) };
    },
    async close() {
      closing = true;
      watcher?.close();
      assetsWatcher?.close();
      await pool?.destroy();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/** Print formats are drawn in the print mode, whatever the request asks (the engine's rule, as in the kit). */
function modeOf(deps: RenderDeps, request: RenderRequest): string {
  return visualMode(deps.brand, formatMedium(deps.brand, request.partner, request.format), request.mode);
}

function campaignId(file: string): string {
  return (file.split('/').pop() as string).replace(/\.(ya?ml|json)$/, '');
}

function describeBrand(deps: RenderDeps): BrandInfo {
  const partners = deps.brand.partners.map((p) => ({ id: p.id, name: p.name }));
  const theme = deps.brand.theme(partners[0]?.id ?? '', deps.brand.defaults.mode);
  return {
    partners,
    modes: deps.brand.modes.filter((mode) => mode !== PRINT_MODE),
    defaultMode: deps.brand.defaults.mode,
    templates: Object.values(deps.templates).map((template) => ({
      id: template.id,
      label: template.label,
      schema: z.toJSONSchema(template.contentSchema, { io: 'input', unrepresentable: 'any' }),
      example: template.example,
    })),
    formats: deps.formatIds.filter(isFormatId).map((id) => {
      const spec = formatSpec(theme, id);
      return {
        id,
        kind: spec.kind,
        width: spec.width,
        height: spec.height,
        safeZone: { ...spec.safeZone },
        bleed: Math.round(spec.bleed ?? 0),
        extensions: spec.kind === 'print' ? PRINT_EXTENSIONS : SCREEN_EXTENSIONS,
      };
    }),
  };
}

/** A worker's bytes arrive as a plain `Uint8Array`: wrap them without copying. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
