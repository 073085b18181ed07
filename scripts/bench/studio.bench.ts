/**
 * The studio's render service under load on loopback: 2,000 requests, 16 at once, mixing cached
 * visuals (`GET /v1/render/…` of sample campaigns already drawn) and new ones (`POST /v1/render`
 * with a title never seen, 1080 × 1080 PNG); then new renders one at a time. Only planned 503s
 * (queue full) may fail.
 */
import { fileURLToPath } from 'node:url';
import { startStudio } from '@blason/studio';
import { Pool } from 'undici';
import type { BenchResult } from './types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TOTAL = 2_000;
const CONCURRENCY = 16;
/** One request in ten draws a new visual. */
const NEW_EVERY = 10;
const ALONE = 40;
const CACHED_ONLY = 1_000;

const CACHED_PATHS = ['territoire', 'capso', 'agence-eco', 'office-tourisme'].flatMap((partner) =>
  ['instagram-square', 'open-graph', 'linkedin'].map(
    (format) => `/v1/render/${partner}/journee-formation-mandat/${format}.png`,
  ),
);

interface Sample {
  readonly kind: 'cached' | 'new';
  readonly ms: number;
  readonly status: number;
}

export async function run(): Promise<BenchResult[]> {
  const studio = await startStudio({ root, port: 0 });
  const pool = new Pool(new URL(studio.url).origin, { connections: CONCURRENCY, pipelining: 1 });
  try {
    const campaign = (await (
      await pool.request({ path: '/v1/campaigns/journee-formation-mandat', method: 'GET' })
    ).body.json()) as {
      content: Record<string, unknown>;
    };
    let serial = 0;
    const newRender = () =>
      JSON.stringify({
        partner: 'territoire',
        template: 'evenement',
        format: 'instagram-square',
        content: { ...campaign.content, title: `Atelier n° ${++serial}` },
      });
    const send = async (kind: Sample['kind'], path?: string): Promise<Sample> => {
      const start = performance.now();
      const response =
        kind === 'cached'
          ? await pool.request({ path: path as string, method: 'GET' })
          : await pool.request({
              path: '/v1/render',
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: newRender(),
            });
      await response.body.arrayBuffer();
      return { kind, ms: performance.now() - start, status: response.statusCode };
    };

    // Warm-up: the worker threads load the brand and fonts; the cached visuals are drawn once.
    for (const path of CACHED_PATHS) await send('cached', path);
    await send('new');

    const samples: Sample[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TOTAL) {
          const i = next++;
          samples.push(
            await (i % NEW_EVERY === 0 ? send('new') : send('cached', CACHED_PATHS[i % CACHED_PATHS.length])),
          );
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    // Cached visuals alone, 16 at once, with no render competing for the cores.
    const cachedOnly: Sample[] = [];
    let nextCached = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (nextCached < CACHED_ONLY) {
          const i = nextCached++;
          cachedOnly.push(await send('cached', CACHED_PATHS[i % CACHED_PATHS.length]));
        }
      }),
    );
    const alone: Sample[] = [];
    for (let i = 0; i < ALONE; i++) alone.push(await send('new'));

    const planned = samples.filter((s) => s.status === 503).length;
    const errors = [...samples, ...cachedOnly, ...alone].filter((s) => s.status !== 200 && s.status !== 503);
    if (errors.length > 0)
      throw new Error(
        `studio bench: ${errors.length} unplanned errors (${errors.map((s) => s.status).join(', ')})`,
      );
    const ok = (kind: Sample['kind']) =>
      samples.filter((s) => s.kind === kind && s.status === 200).map((s) => s.ms);
    const cached = ok('cached');
    const fresh = ok('new');
    const aloneMs = alone.map((s) => s.ms);
    process.stderr.write(
      `studio bench: ${samples.length} requests (${cached.length} cached, ${fresh.length} new, ${planned} planned 503) in ${seconds.toFixed(1)} s\n`,
    );
    const load = `${TOTAL} requests, ${CONCURRENCY} at once`;
    return [
      {
        suite: 'studio',
        name: `throughput (${load}, 1 in ${NEW_EVERY} new)`,
        value: samples.length / seconds,
        unit: 'req/s',
      },
      { suite: 'studio', name: 'cached visual, p50 under load', value: percentile(cached, 50), unit: 'ms' },
      {
        suite: 'studio',
        name: 'cached visual, p95 under load',
        value: percentile(cached, 95),
        unit: 'ms',
        target: '< 5 ms',
      },
      {
        suite: 'studio',
        name: `cached visual alone, p95 (${CACHED_ONLY} requests, ${CONCURRENCY} at once)`,
        value: percentile(
          cachedOnly.map((sample) => sample.ms),
          95,
        ),
        unit: 'ms',
        target: '< 5 ms',
      },
      { suite: 'studio', name: 'new 1080² PNG, p50 under load', value: percentile(fresh, 50), unit: 'ms' },
      { suite: 'studio', name: 'new 1080² PNG, p95 under load', value: percentile(fresh, 95), unit: 'ms' },
      {
        suite: 'studio',
        name: `new 1080² PNG alone, p50 (${ALONE} in a row)`,
        value: percentile(aloneMs, 50),
        unit: 'ms',
      },
      {
        suite: 'studio',
        name: `new 1080² PNG alone, p95 (${ALONE} in a row)`,
        value: percentile(aloneMs, 95),
        unit: 'ms',
        target: '< 150 ms',
      },
      { suite: 'studio', name: 'planned 503 (queue full)', value: planned, unit: 'responses' },
    ];
  } finally {
    await pool.close();
    await studio.close();
  }
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
