import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadBrand } from '@blason/tokens';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTested, isVisual, storyThemes, visualThemes } from './matrix.js';
import { buildStorybook } from './support/build.js';
import { browserUnavailableReason, launchChromium } from './support/chromium.js';
import { entryUrl, type IndexEntry, readIndex, type Theme } from './support/index.js';
import { type StaticServer, serveStatic } from './support/server.js';
import { preparePage, visit } from './support/visit.js';
import { clearDiffs, compareWithBaseline } from './support/visual.js';

/**
 * Builds the static Storybook, serves it, and drives Debian's Chromium through every story and
 * docs page: no render error, no failed play function, no console error, no axe violation.
 * Then compares the `visual` stories with the committed screenshots.
 */
const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`[stories] browser tests skipped: ${unavailable}`);
const requireBrowser = process.env.BLASON_REQUIRE_BROWSER === '1';
const concurrency = Number(process.env.BLASON_BROWSER_PAGES ?? 2);
const viewport = { width: 1200, height: 800 };

describe.skipIf(unavailable !== undefined && !requireBrowser)('Storybook in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: StaticServer;
  let built: { dir: string; reused: boolean };
  let entries: IndexEntry[];
  let partnerIds: string[];
  let modeIds: readonly string[];

  beforeAll(async () => {
    if (unavailable) throw new Error(`BLASON_REQUIRE_BROWSER=1 but ${unavailable}`);
    const brand = await loadBrand({ tokensDir: fileURLToPath(new URL('../../tokens', import.meta.url)) });
    partnerIds = brand.partners.map((partner) => partner.id);
    modeIds = brand.modes;
    built = await buildStorybook();
    server = await serveStatic(built.dir);
    entries = (await readIndex(server.url)).filter(isTested);
    browser = await launchChromium();
    context = await browser.newContext({
      viewport,
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      locale: 'fr-FR',
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (built && !built.reused) await rm(built.dir, { recursive: true, force: true });
  });

  it('indexes the introduction, token pages and stories', () => {
    expect(entries.map((entry) => entry.id)).toContain('introduction--docs');
  });

  it('renders every story and docs page without errors or axe violations, for two partners × two modes', async () => {
    const jobs = storyThemes(partnerIds, modeIds).flatMap((theme) =>
      entries.map((entry) => ({ entry, theme })),
    );
    const failures = await runPool(context, jobs, async (page, drainErrors, { entry, theme }) => {
      const result = await visit(page, entryUrl(server.url, entry, theme), drainErrors, {
        axeRoot: entry.type === 'docs' ? '#storybook-docs' : '#storybook-root',
      });
      const problems = [
        ...result.errors,
        ...result.violations.map(
          (v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`,
        ),
      ];
      return problems.map((problem) => `${entry.id} [${theme.partner}/${theme.mode}] ${problem}`);
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('matches the committed screenshots of token pages and chosen components', async () => {
    await clearDiffs();
    const jobs = entries
      .filter(isVisual)
      .flatMap((entry) => visualThemes(entry, partnerIds).map((theme) => ({ entry, theme })));
    // TEMPORARY until the token pages land: then at least one story must be tagged `visual`.
    if (jobs.length === 0) return;
    const failures = await runPool(context, jobs, async (page, drainErrors, { entry, theme }) => {
      const { errors } = await visit(page, entryUrl(server.url, entry, theme), drainErrors, {});
      const screenshot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
      const result = await compareWithBaseline(`${entry.id}--${theme.partner}-${theme.mode}`, screenshot);
      return [...errors, ...(result.failure ? [result.failure] : [])].map(
        (problem) => `${entry.id}: ${problem}`,
      );
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });
});

type Job = { entry: IndexEntry; theme: Theme };
type Check = (page: Page, drainErrors: () => string[], job: Job) => Promise<string[]>;

/** Runs the jobs on a few pages of one browser; collects every failure instead of stopping at the first. */
async function runPool(context: BrowserContext, jobs: Job[], check: Check): Promise<string[]> {
  const queue = [...jobs];
  const failures: string[] = [];
  const timings: [string, number][] = [];
  const started = performance.now();
  const worker = async () => {
    const page = await context.newPage();
    const { drainErrors } = await preparePage(page);
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const jobStarted = performance.now();
        try {
          failures.push(...(await check(page, drainErrors, job)));
        } catch (error) {
          failures.push(
            `${job.entry.id} [${job.theme.partner}/${job.theme.mode}] ${(error as Error).message}`,
          );
          drainErrors();
        }
        timings.push([
          `${job.entry.id} [${job.theme.partner}/${job.theme.mode}]`,
          performance.now() - jobStarted,
        ]);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  const slowest = timings.sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.info(
    `[stories] ${jobs.length} visits in ${((performance.now() - started) / 1000).toFixed(1)} s on ${concurrency} pages; slowest: ${slowest.map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(', ')}`,
  );
  return failures.sort();
}
