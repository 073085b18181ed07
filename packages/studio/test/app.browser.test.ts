import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserUnavailableReason, launchChromium } from '@blason/chromium';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningStudio, startStudio } from '../src/server/start.js';
import { repoRoot } from './support.js';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`[studio] browser tests skipped: ${unavailable}`);
const requireBrowser = process.env.BLASON_REQUIRE_BROWSER === '1';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.1 A and AA: the RGAA baseline the brand commits to. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's violations on the page as it is; injected through the debugger, so the page's CSP stays on. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // A new partner or mode fades the colours in: axe measures them once the transitions are over.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished)).then(() => undefined),
  );
  return page.evaluate(async (tags) => {
    interface Violation {
      id: string;
      help: string;
      nodes: { html: string; failureSummary?: string }[];
    }
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`).join(', ')})`,
    );
  }, axeTags);
}

describe.skipIf(unavailable !== undefined && !requireBrowser)('the studio in Chromium', () => {
  let scratch: string;
  let studio: RunningStudio;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const lintChannels = new Set<string>();

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'studio-browser-'));
    await symlink(join(repoRoot, 'tokens'), join(scratch, 'tokens'));
    await cp(join(repoRoot, 'assets'), join(scratch, 'assets'), { recursive: true });
    const appDir = join(scratch, 'app');
    await build({
      configFile: join(import.meta.dirname, '..', 'vite.config.ts'),
      build: { outDir: appDir, emptyOutDir: true },
      logLevel: 'warn',
    });
    // One worker thread: the same pool and worker module as `blason studio`.
    studio = await startStudio({ root: scratch, port: 0, threads: 1, appDir });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      if (request.url().endsWith('/v1/lint'))
        lintChannels.add((request.postDataJSON() as { channel: string }).channel);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 400/.test(message.text()))
        pageErrors.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await studio?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const preview = (format: string) => page.locator(`img[data-format="${format}"]`);

  test('opens a campaign, sees lexicon findings and fixes one, sees the preview update, downloads a PNG', async () => {
    await page.goto(studio.url);
    await page.getByRole('heading', { level: 1, name: 'Créer un visuel' }).waitFor();
    await preview('instagram-square').waitFor({ timeout: 120_000 });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Campagne enregistrée').selectOption('journee-formation-mandat');
    await page.getByRole('button', { name: 'Ouvrir la campagne' }).click();
    const title = page.getByLabel(/^Titre de l’événement/);
    await expect.poll(() => title.inputValue()).toMatch(/mandat/i);
    await expect
      .poll(() => preview('instagram-square').getAttribute('src'), { timeout: 120_000 })
      .toMatch(/^blob:/);
    // Opening a campaign moves the focus to the previews once they are drawn.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 120_000 })
      .toBe('apercus');
    const before = await preview('instagram-square').getAttribute('src');

    await title.fill('Atelier CAPSO');
    const finding = page.locator('.finding-error', { hasText: 'Première mention du sigle « CAPSO »' });
    await finding.waitFor();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'lexique' }).textContent())
      .toMatch(/Titre de l’événement : 1 remarque du lexique/);
    // The render refuses the error too; the message stands next to the field, what was typed stays.
    await page
      .locator('.field-errors', { hasText: 'Première mention du sigle' })
      .waitFor({ timeout: 120_000 });
    expect(await title.inputValue()).toBe('Atelier CAPSO');
    // A campaign in every format, screens among them, is checked for social networks.
    expect([...lintChannels]).toEqual(['social']);
    expect(await axeViolations(page)).toEqual([]);

    await title.fill('La newsletter du mandat');
    const autoFix = page.locator('.finding-fixed', { hasText: '« newsletter » est déconseillé' });
    await autoFix.waitFor();
    await page
      .getByRole('button', { name: 'Appliquer les corrections automatiques (Titre de l’événement)' })
      .click();
    expect(await title.inputValue()).toBe('La lettre d’information du mandat');
    await autoFix.waitFor({ state: 'detached' });
    await finding.waitFor({ state: 'detached' });
    await page.locator('.field-errors').waitFor({ state: 'detached', timeout: 120_000 });
    await expect
      .poll(() => preview('instagram-square').getAttribute('src'), { timeout: 120_000 })
      .not.toBe(before);

    await page.getByLabel(/^Afficher les zones de sécurité/).check();
    expect(await page.locator('.safe-zone').count()).toBe(await page.locator('.preview').count());
    expect(await page.locator('.trim-line').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Type de fichier (Instagram, carré)').selectOption('png');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Télécharger Instagram, carré' }).click(),
    ]);
    const file = join(scratch, 'download.png');
    await download.saveAs(file);
    const meta = await sharp(file).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1080, 1080]);
    expect(pageErrors).toEqual([]);
  }, 240_000);

  test('saving over an existing campaign asks for confirmation first, with the partners chosen', async () => {
    const lumbres = page.getByLabel('Communauté de communes du Pays de Lumbres');
    expect(await lumbres.isChecked()).toBe(true);
    expect(await page.getByLabel('Tous les partenaires').isChecked()).toBe(false);
    await lumbres.uncheck();
    await page.getByLabel(/^Nom du fichier/).fill('journee-formation-mandat');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('la campagne « journee-formation-mandat » existe déjà').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remplacer le fichier existant' }).click();
    await page.getByText('Campagne enregistrée : assets/campaigns/journee-formation-mandat.yaml').waitFor();
    const saved = readFileSync(join(scratch, 'assets', 'campaigns', 'journee-formation-mandat.yaml'), 'utf8');
    expect(saved).toContain('title: La lettre d’information du mandat');
    expect(saved).toMatch(/partners:\s*\[?\s*-?\s*territoire,?\s*-?\s*capso\s*\]?\n/);
    // The co-signers stay as they were; only the partners who receive the campaign changed.
    expect(saved.match(/^partners:.*$/m)?.[0] ?? '').not.toContain('pays-de-lumbres');
  }, 60_000);

  test('the page is themed by the chosen partner and mode, and stays axe-clean in each mode', async () => {
    await page.getByLabel('Partenaire', { exact: true }).selectOption('office-tourisme');
    await page.getByLabel('Mode d’affichage').selectOption('dark');
    const root = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(root).toMatchObject({ partner: 'office-tourisme', mode: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Mode d’affichage').selectOption('high-contrast');
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});
