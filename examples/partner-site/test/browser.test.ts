import { browserUnavailableReason, launchChromium } from '@blason/chromium';
import { partners } from '@blason/theme/sample';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithBaseline } from './support/visual.js';

/**
 * The built site (turbo builds it before its tests) served by `vite preview`, as `npm run preview`
 * does, in Debian's Chromium: for two partners, the brand fonts on every text, the partner's data
 * from the tokens, no axe violation, and the page as the committed screenshot.
 */
const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`[partner-site] browser tests skipped: ${unavailable}`);
const brandFamilies = ['Atkinson Hyperlegible Next', 'Bricolage Grotesque'];

const themes = [
  { partner: 'office-tourisme', mode: 'light' },
  { partner: 'capso', mode: 'light' },
  { partner: 'capso', mode: 'dark' },
] as const;

describe.skipIf(unavailable !== undefined)('the partner site in Chromium', () => {
  let server: PreviewServer;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    server = await preview({
      root: new URL('..', import.meta.url).pathname,
      logLevel: 'silent',
      preview: { port: 0, host: '127.0.0.1' },
    });
    url = server.resolvedUrls?.local[0] ?? '';
    browser = await launchChromium();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(theme: { partner: string; mode: string }): Promise<Page> {
    const page = await browser.newPage({
      viewport: { width: 1200, height: 800 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      locale: 'fr-FR',
    });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
    await page.getByLabel('Partenaire').selectOption(theme.partner);
    await page.getByLabel('Mode').selectOption(theme.mode);
    await page.evaluate(() => document.fonts.ready);
    expect(problems).toEqual([]);
    return page;
  }

  it.each(themes)(
    'draws $partner × $mode in the brand fonts, from the tokens, without axe violations',
    async (theme) => {
      const page = await open(theme);
      try {
        // every element that draws text uses a brand font first, never the browser's Times
        const offBrand = await page.evaluate((families) => {
          const first = (value: string) => value.split(',')[0]?.trim().replace(/^"|"$/g, '') ?? '';
          return [...document.querySelectorAll('body *')]
            .filter((element) =>
              [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim()),
            )
            .map((element) => `${element.tagName.toLowerCase()}: ${getComputedStyle(element).fontFamily}`)
            .filter((entry) => !families.includes(first(entry.slice(entry.indexOf(':') + 2))));
        }, brandFamilies);
        expect(offBrand).toEqual([]);
        const loaded = await page.evaluate(() =>
          [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
        );
        expect(new Set(loaded)).toEqual(new Set(brandFamilies));

        const meta = partners.find((entry) => entry.id === theme.partner);
        const text = (await page.locator('body').textContent()) ?? '';
        expect(text).toContain(meta?.contact);
        for (const line of meta?.lockup?.lines ?? []) expect(text).toContain(line);
        expect(await page.evaluate(() => document.documentElement.dataset)).toMatchObject(theme);

        await page.addScriptTag({ content: axe.source });
        const violations = await page.evaluate(async () => {
          const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
            resultTypes: ['violations'],
          });
          return results.violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        });
        expect(violations).toEqual([]);

        const failure = await compareWithBaseline(
          `${theme.partner}-${theme.mode}`,
          await page.screenshot({ fullPage: true, animations: 'disabled' }),
        );
        expect(failure).toBeUndefined();
      } finally {
        await page.close();
      }
    },
    60_000,
  );
});
