/**
 * The studio's render service under load on loopback. The server runs in its own process, as it does
 * for a partner site (`BLASON_BENCH_CPU_PROF=<dir>` writes its CPU profile there); this process is the
 * client. Phases: 2,000 requests, 16 at once, mixing cached visuals (`GET /v1/render/…` of a sample
 * campaign already drawn, one in two revalidated with `If-None-Match` → 304) and new ones (`POST
 * /v1/render` with a title never seen, 1080 × 1080 PNG); then cached visuals alone (200 and 304);
 * then new renders one at a time; then an open-loop run: requests sent at a fixed rate whatever the
 * answers' speed, as a partner site's visitors arrive, so a slow answer does not slow the arrivals
 * (a closed loop of 16 clients piles them up on the renders: its new-render latency is the queue
 * depth times one render). Only planned 503s (queue full) may fail.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import type { BenchResult } from './types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TOTAL = 2_000;
const CONCURRENCY = 16;
/** One request in ten draws a new visual. */
const NEW_EVERY = 10;
const ALONE = 40;
const CACHED_ONLY = 1_000;
const CAMPAIGN = 'journee-formation-mandat';
/** Open loop: requests per second, for how long, and one in how many draws a new visual. */
const OPEN_RATE = 100;
const OPEN_SECONDS = 15;
const OPEN_NEW_EVERY = 20;

/** The partners who sign the sample campaign (the service draws no visual for the others). */
const CACHED_PATHS = ['territoire', 'capso', 'pays-de-lumbres'].flatMap((partner) =>
  ['instagram-square', 'open-graph', 'linkedin'].map(
    (format) => `/v1/render/${partner}/${CAMPAIGN}/${format}.png`,
  ),
);

/** The server, started from the built package in a child process; resolves with its address. */
const SERVER = `
import { startStudio } from '@blason/studio';
const studio = await startStudio({ root: process.env.BLASON_ROOT, port: 0 });
process.stdout.write(studio.url + '\\n');
process.once('SIGTERM', async () => { await studio.close(); process.exit(0); });
`;

interface Sample {
  readonly kind: 'cached' | 'revalidated' | 'new';
  readonly ms: number;
  readonly status: number;
}

async function startServer(): Promise<{ child: ChildProcess; origin: string }> {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: a switch of this bench, no turbo task reads it
  const profile = process.env.BLASON_BENCH_CPU_PROF;
  const child = spawn(
    process.execPath,
    [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), '--input-type=module', '-e', SERVER],
    { cwd: root, env: { ...process.env, BLASON_ROOT: root }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`studio bench: the server exited (${code}) before listening`);
  });
  const [url] = (await Promise.race([once(lines, 'line'), exited])) as [string];
  return { child, origin: new URL(url).origin };
}

export async function run(): Promise<BenchResult[]> {
  const { child, origin } = await startServer();
  const pool = new Pool(origin, { connections: CONCURRENCY, pipelining: 1 });
  try {
    const campaign = (await (
      await pool.request({ path: `/v1/campaigns/${CAMPAIGN}`, method: 'GET' })
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
    const etags = new Map<string, string>();
    const send = async (kind: Sample['kind'], path?: string): Promise<Sample> => {
      const start = performance.now();
      const response =
        kind === 'new'
          ? await pool.request({
              path: '/v1/render',
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: newRender(),
            })
          : await pool.request({
              path: path as string,
              method: 'GET',
              headers: kind === 'revalidated' ? { 'if-none-match': etags.get(path as string) ?? '' } : {},
            });
      await response.body.arrayBuffer();
      if (kind === 'cached' && response.statusCode === 200)
        etags.set(path as string, String(response.headers.etag));
      return { kind, ms: performance.now() - start, status: response.statusCode };
    };

    // Warm-up: the worker threads load the brand and fonts; the cached visuals are drawn once.
    for (const path of CACHED_PATHS) await send('cached', path);
    await send('new');

    const concurrently = async (total: number, pick: (i: number) => Promise<Sample>) => {
      const samples: Sample[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < total) samples.push(await pick(next++));
        }),
      );
      return { samples, seconds: (performance.now() - started) / 1000 };
    };
    // A service runs for hours: its cached path is measured once compiled (2,000 answers, 16 at once).
    await concurrently(2_000, (i) =>
      send(i % 2 ? 'revalidated' : 'cached', CACHED_PATHS[i % CACHED_PATHS.length]),
    );
    const cachedKind = (i: number): Sample['kind'] =>
      Math.floor(i / NEW_EVERY) % 2 ? 'revalidated' : 'cached';
    const mixed = await concurrently(TOTAL, (i) =>
      i % NEW_EVERY === 0 ? send('new') : send(cachedKind(i), CACHED_PATHS[i % CACHED_PATHS.length]),
    );
    // Cached visuals alone, 16 at once, with no render competing for the cores.
    const cachedOnly = await concurrently(CACHED_ONLY, (i) =>
      send('cached', CACHED_PATHS[i % CACHED_PATHS.length]),
    );
    const revalidatedOnly = await concurrently(CACHED_ONLY, (i) =>
      send('revalidated', CACHED_PATHS[i % CACHED_PATHS.length]),
    );
    const alone: Sample[] = [];
    for (let i = 0; i < ALONE; i++) alone.push(await send('new'));
    const open = await openLoop((i) =>
      i % OPEN_NEW_EVERY === 0 ? send('new') : send('cached', CACHED_PATHS[i % CACHED_PATHS.length]),
    );

    const all = [...mixed.samples, ...cachedOnly.samples, ...revalidatedOnly.samples, ...alone, ...open];
    const planned = [...mixed.samples, ...open].filter((s) => s.status === 503).length;
    const expected = (s: Sample) =>
      s.kind === 'revalidated'
        ? s.status === 304
        : s.status === 200 || (s.kind === 'new' && s.status === 503);
    const errors = all.filter((s) => !expected(s) && s.status !== 503);
    const unplanned503 = all.filter((s) => s.status === 503 && s.kind !== 'new');
    if (errors.length > 0 || unplanned503.length > 0)
      throw new Error(
        `studio bench: ${errors.length + unplanned503.length} unplanned answers (${[
          ...errors,
          ...unplanned503,
        ]
          .map((s) => `${s.kind} ${s.status}`)
          .join(', ')})`,
      );
    const ms = (samples: readonly Sample[], kind: Sample['kind']) =>
      samples.filter((s) => s.kind === kind && expected(s) && s.status !== 503).map((s) => s.ms);
    const cached = ms(mixed.samples, 'cached');
    const revalidated = ms(mixed.samples, 'revalidated');
    const fresh = ms(mixed.samples, 'new');
    const aloneMs = alone.map((s) => s.ms);
    process.stderr.write(
      `studio bench: ${mixed.samples.length} requests (${cached.length} cached 200, ${revalidated.length} cached 304, ${fresh.length} new, ${planned} planned 503) in ${mixed.seconds.toFixed(1)} s\n`,
    );
    const load = `${TOTAL} requests, ${CONCURRENCY} at once`;
    const only = `${CACHED_ONLY} requests, ${CONCURRENCY} at once`;
    const openLoad = `${OPEN_RATE} req/s for ${OPEN_SECONDS} s, 1 in ${OPEN_NEW_EVERY} new`;
    const figure = (name: string, value: number, unit: string, target?: string): BenchResult => ({
      suite: 'studio',
      name,
      value,
      unit,
      ...(target ? { target } : {}),
    });
    return [
      figure(`throughput (${load}, 1 in ${NEW_EVERY} new)`, mixed.samples.length / mixed.seconds, 'req/s'),
      figure('cached visual 200, p50 under load', percentile(cached, 50), 'ms'),
      figure('cached visual 200, p95 under load', percentile(cached, 95), 'ms', '< 5 ms'),
      figure('cached visual 304, p50 under load', percentile(revalidated, 50), 'ms'),
      figure('cached visual 304, p95 under load', percentile(revalidated, 95), 'ms', '< 5 ms'),
      figure(`cached visual 200 alone, throughput (${only})`, CACHED_ONLY / cachedOnly.seconds, 'req/s'),
      figure(
        `cached visual 200 alone, p50 (${only})`,
        percentile(ms(cachedOnly.samples, 'cached'), 50),
        'ms',
      ),
      figure(
        `cached visual 200 alone, p95 (${only})`,
        percentile(ms(cachedOnly.samples, 'cached'), 95),
        'ms',
        '< 5 ms',
      ),
      figure(`cached visual 304 alone, throughput (${only})`, CACHED_ONLY / revalidatedOnly.seconds, 'req/s'),
      figure(
        `cached visual 304 alone, p50 (${only})`,
        percentile(ms(revalidatedOnly.samples, 'revalidated'), 50),
        'ms',
      ),
      figure(
        `cached visual 304 alone, p95 (${only})`,
        percentile(ms(revalidatedOnly.samples, 'revalidated'), 95),
        'ms',
        '< 5 ms',
      ),
      figure('new 1080² PNG, p50 under load', percentile(fresh, 50), 'ms'),
      figure('new 1080² PNG, p95 under load', percentile(fresh, 95), 'ms'),
      figure(`new 1080² PNG alone, p50 (${ALONE} in a row)`, percentile(aloneMs, 50), 'ms'),
      figure(`new 1080² PNG alone, p95 (${ALONE} in a row)`, percentile(aloneMs, 95), 'ms', '< 150 ms'),
      figure(
        `open loop (${openLoad}), cached visual 200, p95`,
        percentile(ms(open, 'cached'), 95),
        'ms',
        '< 5 ms',
      ),
      figure(`open loop (${openLoad}), new 1080² PNG, p50`, percentile(ms(open, 'new'), 50), 'ms'),
      figure(
        `open loop (${openLoad}), new 1080² PNG, p95`,
        percentile(ms(open, 'new'), 95),
        'ms',
        '< 150 ms',
      ),
      figure('planned 503 (queue full)', planned, 'responses'),
      figure('errors other than planned 503s', errors.length, 'responses', '0'),
    ];
  } finally {
    await pool.close();
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
}

/** Sends request `i` at `i / OPEN_RATE` seconds from the start, without waiting for earlier answers. */
async function openLoop(send: (i: number) => Promise<Sample>): Promise<Sample[]> {
  const started = performance.now();
  const pending: Promise<Sample>[] = [];
  for (let i = 0; i < OPEN_RATE * OPEN_SECONDS; i++) {
    const due = started + (i * 1000) / OPEN_RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    pending.push(send(i));
  }
  return Promise.all(pending);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
