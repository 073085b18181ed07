import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { browserUnavailableReason, launchChromium } from '@blason/chromium';
import { loadBrand } from '@blason/tokens';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsThemes, isHeavy, isTested, isVisual, storyThemes, visualThemes } from './matrix.js';
import { buildStorybook } from './support/build.js';
import { type IndexEntry, readIndex, type Theme } from './support/index.js';
import { type StaticServer, serveStatic } from './support/server.js';
import { StoryTab } from './support/visit.js';
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
    // BLASON_STORY_FILTER=lexicon narrows the run to matching ids while working on some stories.
    const only = process.env.BLASON_STORY_FILTER;
    entries = (await readIndex(server.url)).filter((e) => isTested(e) && (!only || e.id.includes(only)));
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

  it.skipIf(process.env.BLASON_STORY_FILTER)(
    'indexes the introduction, token pages and component stories',
    () => {
      const ids = entries.map((entry) => entry.id);
      expect(ids).toContain('introduction--docs');
      expect(ids.some((id) => id.startsWith('tokens-'))).toBe(true);
      expect(ids.some((id) => id.startsWith('components-'))).toBe(true);
      expect(ids).toEqual(
        expect.arrayContaining([
          'lexicon--glossary',
          'lexicon--lint-playground-story',
          'templates--evenement',
        ]),
      );
    },
  );

  it('renders every story without errors or axe violations, for two partners × two modes', async () => {
    const themes = storyThemes(partnerIds, modeIds);
    const docs = docsThemes(themes);
    const jobs = themes.flatMap((theme) =>
      entries
        .filter((entry) => (entry.type === 'story' && !isHeavy(entry)) || docs.includes(theme))
        .map((entry) => ({ entry, theme })),
    );
    const failures = await runPool(context, server.url, jobs, async (tab, { entry, theme }) => {
      const { errors, violations } = await tab.check(entry, theme);
      return [
        ...errors,
        ...violations.map(
          (v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`,
        ),
      ];
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('checks a docs page once its embedded stories rendered, and switches away without a reload', async () => {
    const docs = entries.find((entry) => entry.id === 'components-button--docs');
    const story = entries.find((entry) => entry.id === 'components-button--large');
    if (!docs || !story) return; // narrowed away by BLASON_STORY_FILTER
    const page = await context.newPage();
    let documents = 0;
    page.on('domcontentloaded', () => documents++);
    try {
      const tab = await StoryTab.open(page, server.url);
      const theme = { partner: partnerIds[0] ?? 'territoire', mode: 'light' };
      expect(await tab.show(docs, theme)).toEqual([]);
      const emptyRoots = await page.$$eval('#storybook-docs [id^="story--"][id$="-inner"]', (roots) =>
        roots.filter((root) => root.childElementCount === 0).map((root) => root.id),
      );
      expect(emptyRoots).toEqual([]);
      expect(await tab.show(story, theme)).toEqual([]);
      expect(documents, 'the preview reloaded').toBe(1);
    } finally {
      await page.close();
    }
  });

  it('renders the Introduction’s Markdown table as a table (remark-gfm)', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/iframe.html?id=introduction--docs&viewMode=docs`);
      // the table of the page's "What is here" section, not a docs block's args table
      const table = page.locator('table').filter({ has: page.locator('th', { hasText: 'what you find' }) });
      await table.waitFor({ timeout: 30_000 });
      expect(await table.locator('th').allTextContents()).toEqual(['section', 'what you find']);
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    } finally {
      await page.close();
    }
  });

  it('wears the brand in the manager: wordmark, colours and fonts from the tokens', async () => {
    const { sampleTheme, partners, defaults } = await import('@blason/theme/sample');
    const tokens = sampleTheme(defaults.partner, 'light');
    const brandName = partners.find((partner) => partner.id === defaults.partner)?.name ?? '';
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/index.html?path=/docs/introduction--docs`);
      const wordmark = page.locator('.sidebar-header').getByText(brandName, { exact: true });
      await wordmark.waitFor();
      const drawn = await wordmark.evaluate((element) => {
        const style = getComputedStyle(element);
        return { color: style.color, font: style.fontFamily };
      });
      const rgb = (hex: string) =>
        `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
      expect(drawn.color).toBe(rgb(tokens.color.brand.default));
      expect(drawn.font).toMatch(/^'?"?Bricolage Grotesque/);
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family);
      });
      expect(loaded).toEqual(expect.arrayContaining(['Bricolage Grotesque', 'Atkinson Hyperlegible Next']));
    } finally {
      await page.close();
    }
  });

  it('matches the committed screenshots of token pages and chosen components', async () => {
    await clearDiffs();
    const jobs = entries
      .filter(isVisual)
      .flatMap((entry) => visualThemes(entry, partnerIds).map((theme) => ({ entry, theme })));
    expect(jobs.length, 'no story is tagged `visual`').toBeGreaterThan(0);
    const failures = await runPool(context, server.url, jobs, async (tab, { entry, theme }) => {
      const errors = await tab.show(entry, theme);
      const screenshot = await tab.page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
      const { failure } = await compareWithBaseline(
        `${entry.id}--${theme.partner}-${theme.mode}`,
        screenshot,
      );
      return failure ? [...errors, failure] : errors;
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });
});

type Job = { entry: IndexEntry; theme: Theme };
type Check = (tab: StoryTab, job: Job) => Promise<string[]>;

/**
 * Runs the jobs (grouped by theme, so a page reloads only when the theme changes) on a few pages of
 * one browser; collects every failure instead of stopping at the first.
 */
async function runPool(
  context: BrowserContext,
  baseUrl: string,
  jobs: Job[],
  check: Check,
): Promise<string[]> {
  const queue = [...jobs];
  const failures: string[] = [];
  const timings: [string, number][] = [];
  const started = performance.now();
  const label = ({ entry, theme }: Job) => `${entry.id} [${theme.partner}/${theme.mode}]`;
  const worker = async () => {
    const page = await context.newPage();
    const tab = await StoryTab.open(page, baseUrl);
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const jobStarted = performance.now();
        try {
          failures.push(...(await check(tab, job)).map((problem) => `${label(job)} ${problem}`));
        } catch (error) {
          failures.push(`${label(job)} ${(error as Error).message}`);
        }
        timings.push([label(job), performance.now() - jobStarted]);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  const slowest = timings.sort((a, b) => b[1] - a[1]).slice(0, 3);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(
    `[stories] ${jobs.length} visits in ${seconds} s on ${concurrency} pages; slowest: ${slowest.map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(', ')}`,
  );
  return failures.sort();
}
