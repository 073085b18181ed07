// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { browserUnavailableReason, launchChromium } from '@blason/chromium';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Server rendering from the built package (`dist/`, as published): plain Node renders a page to a
 * string, then Chromium loads that HTML with `dist/styles.css` and hydrates it.
 */
const fixtures = path.join(import.meta.dirname, 'fixtures', 'ssr');
const dist = path.resolve(import.meta.dirname, '..', 'dist');
const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`[react] hydration test skipped: ${unavailable}`);

/** `node render.mjs`: no loader, no `source` condition, no CSS handling. */
async function renderInNode(): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(fixtures, 'render.mjs')], {
    cwd: fixtures,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return stdout;
}

/** The hydrating script, bundled by Vite from the published modules in development mode (React warns). */
async function bundleClient(): Promise<string> {
  const result = (await build({
    root: fixtures,
    configFile: false,
    logLevel: 'silent',
    mode: 'development',
    define: { 'process.env.NODE_ENV': '"development"' },
    build: {
      write: false,
      minify: false,
      rollupOptions: { input: path.join(fixtures, 'client.mjs'), output: { inlineDynamicImports: true } },
    },
  })) as Rollup.RollupOutput;
  return result.output
    .filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
}

describe('@blason/react on the server', () => {
  let markup: string;
  beforeAll(async () => {
    markup = await renderInNode();
  }, 30_000);

  it('renders to a string in plain Node from the built package', () => {
    expect(markup).toContain('<h1');
    expect(markup).toContain('Agenda du Pays de Saint-Omer');
    expect(markup).toMatch(/52\u202f560/);
    expect(markup).toContain('data-mode="dark"');
  });

  describe.skipIf(unavailable !== undefined)('hydrated in Chromium', () => {
    let browser: Awaited<ReturnType<typeof launchChromium>>;
    const messages: string[] = [];
    let page: Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>['newPage']>>;

    beforeAll(async () => {
      const [client, styles, brandCss] = await Promise.all([
        bundleClient(),
        readFile(path.join(dist, 'styles.css'), 'utf8'),
        readFile(path.resolve(import.meta.dirname, '../../theme/dist/css/blason.css'), 'utf8'),
      ]);
      const html = `<!doctype html><html lang="fr" data-partner="capso" data-mode="light"><head><meta charset="utf-8"><title>SSR</title>
<link rel="stylesheet" href="/blason.css"><link rel="stylesheet" href="/styles.css"></head>
<body><div id="root">${markup}</div><script type="module" src="/client.js"></script></body></html>`;
      browser = await launchChromium();
      page = await browser.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
      });
      page.on('pageerror', (error) => messages.push(error.message));
      await page.route('http://site.test/**', async (route) => {
        const { pathname } = new URL(route.request().url());
        if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
        if (pathname === '/client.js') return route.fulfill({ contentType: 'text/javascript', body: client });
        if (pathname === '/styles.css') return route.fulfill({ contentType: 'text/css', body: styles });
        if (pathname === '/blason.css') return route.fulfill({ contentType: 'text/css', body: brandCss });
        if (pathname.startsWith('/fonts/')) return route.fulfill({ path: path.join(dist, pathname) });
        return route.fulfill({ status: 404 });
      });
      await page.goto('http://site.test/');
      await page.waitForFunction(() => (window as unknown as { hydrated?: boolean }).hydrated === true);
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it('hydrates without errors or warnings', async () => {
      const errors = await page.evaluate(
        () => (window as unknown as { hydrationErrors: string[] }).hydrationErrors,
      );
      expect(errors).toEqual([]);
      expect(messages).toEqual([]);
    });

    it('draws the brand fonts from the package’s files', async () => {
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family);
      });
      expect(new Set(loaded)).toEqual(new Set(['Atkinson Hyperlegible Next', 'Bricolage Grotesque']));
      const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(body).toMatch(/^"Atkinson Hyperlegible Next"/);
    });

    it('gives the page the mode’s text and background with the attributes on <html> alone', async () => {
      const colours = async () =>
        page.evaluate(() => {
          const root = getComputedStyle(document.documentElement);
          const body = getComputedStyle(document.body);
          return { background: root.backgroundColor, text: body.color };
        });
      const light = await colours();
      await page.evaluate(() => document.documentElement.setAttribute('data-mode', 'dark'));
      const dark = await colours();
      expect(light.background).not.toBe(dark.background);
      expect(light.text).not.toBe(dark.text);
      // dark mode: light text on a dark page, not on the browser's white
      expect(dark.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(dark.background).not.toBe('rgb(255, 255, 255)');
    });
  });
});
