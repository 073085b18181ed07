import { link, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isBlasonError, type Problem, writeFileAtomic } from '@blason/core';
import { channels } from '@blason/lexicon';
import { frenchSpacing } from '@blason/lexicon/spacing';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { lintChannel } from '../channel.js';
import type { AppFiles } from './app-files.js';
import { photoProblem } from './images.js';
import { BusyError, RenderQueue } from './render-queue.js';
import {
  type Campaign,
  type Extension,
  imageRef,
  type RenderRequest,
  type StudioRenderer,
} from './renderer.js';
import { CAMPAIGN_ID, lintBody, renderBody, requestProblems, saveBody, unknownProblem } from './requests.js';

export interface StudioAppOptions {
  readonly renderer: StudioRenderer;
  readonly campaignsDir: string;
  /** Photos of campaigns must be inside it. */
  readonly assetsDir: string;
  /** The built web app, served as is; without it only the API answers. */
  readonly appFiles?: AppFiles;
  readonly maxBodyBytes?: number;
  readonly renderTimeoutMs?: number;
  readonly maxPending?: number;
  readonly cacheBytes?: number;
}

export const MAX_BODY_BYTES = 1024 * 1024;

/** A request problem, with its HTTP status. */
class RequestError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly problems: readonly Problem[],
  ) {
    super(problems.map((p) => p.message).join('; '));
  }
}

/** The page and API share one policy: nothing but this origin, no inline script, no framing. */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};
/** An SVG opened on its own may not run or fetch anything. */
const SVG_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";

/** The HTTP API (`/v1/…`) and the studio's web app, over a renderer. */
export function createStudioApp(options: StudioAppOptions): Hono {
  const { renderer } = options;
  const { brand } = renderer;
  const queue = new RenderQueue(renderer, {
    maxPending: options.maxPending ?? 64,
    timeoutMs: options.renderTimeoutMs ?? 30_000,
    cacheBytes: options.cacheBytes ?? 256 * 1024 * 1024,
  });
  const partnerIds = brand.partners.map((p) => p.id);
  const templateIds = brand.templates.map((t) => t.id);
  const formatIds = brand.formats.map((f) => f.id);

  const app = new Hono();
  // Runs after `secureHeaders` has set its defaults, to adjust them for visuals.
  app.use(async (c, next) => {
    await next();
    if (c.res.headers.get('Content-Type') === 'image/svg+xml')
      c.res.headers.set('Content-Security-Policy', SVG_POLICY);
    // Partner sites show the visuals of `GET /v1/render/…` in their own pages.
    if (c.req.method === 'GET' && c.req.path.startsWith('/v1/render/'))
      c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  });
  app.use(
    secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, crossOriginEmbedderPolicy: false }),
  );
  const limitBody = bodyLimit({
    maxSize: options.maxBodyBytes ?? MAX_BODY_BYTES,
    onError: (c) =>
      problemResponse(c, 413, [
        {
          code: 'studio/body-too-large',
          path: '',
          message: `requête trop volumineuse : ${Math.round((options.maxBodyBytes ?? MAX_BODY_BYTES) / 1024)} Kio au plus`,
        },
      ]),
  });
  // Only POST bodies are read; a GET answered from memory skips building the request's body stream.
  app.use('/v1/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );

  const logOnce = onceLogger();
  app.onError((error, c) => {
    if (error instanceof RequestError) return problemResponse(c, error.status, error.problems);
    if (error instanceof BusyError) {
      c.header('Retry-After', String(error.retryAfter));
      return problemResponse(c, 503, [{ code: 'studio/busy', path: '', message: error.message }]);
    }
    if (isBlasonError(error)) return problemResponse(c, 400, error.problems);
    logOnce(error);
    return problemResponse(c, 500, [INTERNAL_PROBLEM]);
  });
  app.notFound((c) =>
    problemResponse(c, 404, [{ code: 'studio/not-found', path: '', message: 'adresse inconnue' }]),
  );

  const checkPartner = (partner: string, path = 'partner') => {
    if (!partnerIds.includes(partner))
      throw new RequestError(404, [unknownProblem(path, 'partenaire', partner, partnerIds)]);
  };
  const checkTemplate = (template: string) => {
    if (!templateIds.includes(template))
      throw new RequestError(404, [unknownProblem('template', 'gabarit', template, templateIds)]);
  };
  /** The lint request's format, when it names one instead of a channel. */
  const formatOf = (format: string | undefined) => {
    if (format === undefined)
      throw new RequestError(400, [
        { code: 'studio/no-channel', path: 'channel', message: 'canal requis (ou un format)' },
      ]);
    const spec = brand.formats.find((f) => f.id === format);
    if (!spec) throw new RequestError(404, [unknownProblem('format', 'format', format, formatIds)]);
    return spec;
  };
  const checkFormat = (format: string, ext: string) => {
    const spec = brand.formats.find((f) => f.id === format);
    if (!spec) throw new RequestError(404, [unknownProblem('format', 'format', format, formatIds)]);
    if (!(spec.extensions as readonly string[]).includes(ext))
      throw new RequestError(404, [unknownProblem('ext', 'type de fichier', ext, spec.extensions)]);
    return ext as Extension;
  };
  const checkMode = (mode: string | undefined): string => {
    if (mode === undefined) return brand.defaultMode;
    if (!brand.modes.includes(mode))
      throw new RequestError(404, [unknownProblem('mode', 'mode', mode, brand.modes)]);
    return mode;
  };
  const campaignFile = async (id: string): Promise<string> => {
    const files = await renderer.campaignFiles();
    const file = CAMPAIGN_ID.test(id) ? files.get(id) : undefined;
    if (!file)
      throw new RequestError(404, [unknownProblem('campaign', 'campagne', id, [...files.keys()], true)]);
    return file;
  };
  /** A campaign's visuals are those the kit draws: its partners' (all when it names none), its formats. */
  const checkSigned = (campaign: Campaign, partner: string, format: string) => {
    if (campaign.partners && !campaign.partners.includes(partner))
      throw new RequestError(404, [
        {
          code: 'studio/partner-not-in-campaign',
          path: 'partner',
          message: `« ${partner} » ne signe pas la campagne « ${campaign.id} » (partenaires : ${campaign.partners.join(', ')})`,
        },
      ]);
    if (campaign.formats && !campaign.formats.includes(format))
      throw new RequestError(404, [
        {
          code: 'studio/format-not-in-campaign',
          path: 'format',
          message: `la campagne « ${campaign.id} » n’a pas le format « ${format} » (formats : ${campaign.formats.join(', ')})`,
        },
      ]);
  };
  const checkPhoto = async (campaign: Campaign) => {
    const problem = await photoProblem(imageRef(campaign.content), campaign.file, options.assetsDir);
    if (problem) throw new RequestError(400, [problem]);
  };

  const sendVisual = async (c: Context, request: RenderRequest, cacheControl: string) => {
    // Bytes in memory were drawn from this very campaign object, after its photo was checked.
    let result = queue.cached(request);
    if (!result) {
      await checkPhoto(request.campaign);
      result = await queue.render(request);
    }
    const etag = `"${result.sha256}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', cacheControl);
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    c.header('Content-Type', result.mediaType);
    c.header(
      'Content-Disposition',
      `inline; filename="${request.partner}-${request.campaign.id}-${request.format}.${request.ext}"`,
    );
    // A view of the cached bytes, not a copy: cached answers do no per-request work on the image.
    return c.body(
      new Uint8Array(result.bytes.buffer as ArrayBuffer, result.bytes.byteOffset, result.bytes.byteLength),
      200,
    );
  };

  app.get('/v1/health', (c) => c.json({ status: 'ok', pending: queue.pending }));

  app.get('/v1/brand', (c) => c.json(brand));

  app.get('/v1/campaigns', async (c) => {
    const files = await renderer.campaignFiles();
    const campaigns = [];
    for (const [id, file] of files) {
      const campaign = await renderer.loadCampaign(file).catch(() => undefined);
      campaigns.push({
        id,
        valid: campaign !== undefined,
        ...(campaign ? { template: campaign.template, title: campaign.title ?? id } : { title: id }),
      });
    }
    return c.json({ campaigns });
  });

  app.get('/v1/campaigns/:campaign', async (c) => {
    const campaign = await renderer.loadCampaign(await campaignFile(c.req.param('campaign')));
    const { file: _file, ...data } = campaign;
    return c.json({ ...data, id: c.req.param('campaign') });
  });

  app.get('/v1/render/:partner/:campaign/:file', async (c) => {
    const { partner, file } = c.req.param();
    const dot = file.lastIndexOf('.');
    const [format, ext] = dot > 0 ? [file.slice(0, dot), file.slice(dot + 1)] : [file, ''];
    checkPartner(partner);
    const campaign = await renderer.loadCampaign(await campaignFile(c.req.param('campaign')));
    const checkedExt = checkFormat(format, ext);
    checkSigned(campaign, partner, format);
    const mode = checkMode(c.req.query('mode') ?? campaign.mode);
    return sendVisual(c, { campaign, partner, format, mode, ext: checkedExt }, 'no-cache');
  });

  app.post('/v1/render', async (c) => {
    const body = parse(renderBody, await jsonBody(c));
    checkPartner(body.partner);
    checkTemplate(body.template);
    const ext = checkFormat(body.format, body.ext ?? 'png');
    const mode = checkMode(body.mode);
    const campaign = await renderer.campaignFromData(
      { id: 'apercu', template: body.template, partners: [body.partner], content: body.content },
      join(options.campaignsDir, 'apercu.yaml'),
    );
    return sendVisual(c, { campaign, partner: body.partner, format: body.format, mode, ext }, 'no-store');
  });

  app.post('/v1/lint', async (c) => {
    const body = parse(lintBody, await jsonBody(c));
    checkPartner(body.partner);
    const channel = body.channel ?? lintChannel([formatOf(body.format).kind]);
    if (!(channels as readonly string[]).includes(channel))
      throw new RequestError(400, [unknownProblem('channel', 'canal', channel, channels)]);
    return c.json(renderer.lint(body.text, { ...body, channel }));
  });

  app.post('/v1/campaigns', async (c) => {
    const raw = await jsonBody(c);
    const { id, overwrite, ...data } = parse(saveBody, raw);
    const target = join(options.campaignsDir, `${id}.yaml`);
    const campaign = await renderer.campaignFromData(data, target);
    await checkPhoto(campaign);
    const files = await renderer.campaignFiles();
    const yaml = stringify(data, { lineWidth: 0 });
    if (overwrite) await writeFileAtomic(target, yaml);
    else {
      if (files.has(id)) throw new RequestError(409, [existsProblem(id)]);
      // Written aside, then linked into place: link() never replaces a file that appeared meanwhile.
      const staged = join(options.campaignsDir, `.${id}.${process.pid}.${Date.now()}.tmp`);
      await writeFile(staged, yaml, { flag: 'wx' });
      try {
        await link(staged, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          throw new RequestError(409, [existsProblem(id)]);
        throw error;
      } finally {
        await rm(staged, { force: true });
      }
    }
    renderer.campaignsChanged();
    return c.json({ id, file: `${id}.yaml` }, 201);
  });

  if (options.appFiles) {
    const files = options.appFiles;
    app.get('*', (c) => {
      const path = c.req.path === '/' ? '/index.html' : c.req.path;
      const file = files.get(path) ?? (path.startsWith('/assets/') ? undefined : files.get('/index.html'));
      if (!file) return c.notFound();
      c.header('Content-Type', file.mediaType);
      c.header(
        'Cache-Control',
        path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return c.body(new Uint8Array(file.bytes), 200);
    });
  }
  return app;
}

/** The one answer to an unexpected failure: no stack, no internal wording reaches the client. */
const INTERNAL_PROBLEM: Problem = {
  code: 'studio/internal',
  path: '',
  message: 'erreur interne du studio : la demande n’a pas abouti (le détail est dans le terminal du studio)',
};

const MAX_LOGGED = 200;

/**
 * A logger that writes an unexpected failure to standard error once, with its stack; the same failure
 * again (a deterministic bug hit by every request) is counted, and noted again only at powers of ten.
 */
function onceLogger(): (error: unknown) => void {
  /** Failures already written, by message (the oldest forgotten past `MAX_LOGGED`). */
  const logged = new Map<string, number>();
  return (error) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const seen = (logged.get(message) ?? 0) + 1;
    if (seen === 1 && logged.size >= MAX_LOGGED) logged.delete(logged.keys().next().value as string);
    logged.set(message, seen);
    if (seen === 1)
      process.stderr.write(
        `studio: unexpected error (answered 500)\n${error instanceof Error ? (error.stack ?? message) : message}\n`,
      );
    else if (Number.isInteger(Math.log10(seen)))
      process.stderr.write(`studio: the same unexpected error, ${seen} times: ${message}\n`);
  };
}

function existsProblem(id: string): Problem {
  return {
    code: 'studio/campaign-exists',
    path: 'id',
    message: `la campagne « ${id} » existe déjà : confirmez son remplacement (overwrite: true)`,
  };
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new RequestError(400, [
      { code: 'studio/invalid-json', path: '', message: 'corps de requête illisible : JSON attendu' },
    ]);
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new RequestError(400, requestProblems(result.error));
  return result.data;
}

/** Every problem the API answers leaves here, its French message spaced (`frenchSpacing`). */
function problemResponse(c: Context, status: ContentfulStatusCode, problems: readonly Problem[]) {
  c.header('Cache-Control', 'no-store');
  return c.json(
    { problems: problems.map((p) => ({ path: p.path ?? '', message: frenchSpacing(p.message) })) },
    status,
  );
}

/** `If-None-Match`: a list of entity tags, or `*`; weak tags compare equal for GET (RFC 9110). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}
