import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
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
      .toMatch(/Titre de l’événement\u00A0: 1 remarque du lexique/);
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
    const conflict = page.getByText('la campagne « journee-formation-mandat » existe déjà');
    await conflict.waitFor();
    // Shown with the no-break spaces of French typography (getByText reads them as spaces).
    expect(await conflict.textContent()).toContain(
      'la campagne «\u00A0journee-formation-mandat\u00A0» existe déjà\u00A0: confirmez son remplacement',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remplacer le fichier existant' }).click();
    const savedMessage = page.getByText(
      'Campagne enregistrée : assets/campaigns/journee-formation-mandat.yaml',
    );
    await savedMessage.waitFor();
    expect(await savedMessage.textContent()).toContain(
      'Campagne enregistrée\u00A0: assets/campaigns/journee-formation-mandat.yaml',
    );
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

  test('a change re-renders only what it touches', async () => {
    const brand = (await (await fetch(new URL('/v1/brand', studio.url))).json()) as {
      formats: { id: string; kind: 'screen' | 'print' }[];
    };
    const all = brand.formats.map((f) => f.id).sort();
    const screens = brand.formats
      .filter((f) => f.kind === 'screen')
      .map((f) => f.id)
      .sort();
    expect(screens.length).toBeGreaterThan(0);
    expect(screens.length).toBeLessThan(all.length);
    const renders: { format: string; mode?: string; content: { title?: string } }[] = [];
    // Requests of earlier tests may still be in flight: only those asked from here on are counted.
    const pending = new Set<unknown>();
    let lastEvent = Date.now();
    const isRender = (request: { method(): string; url(): string }) =>
      request.method() === 'POST' && new URL(request.url()).pathname === '/v1/render';
    page.on('request', (request) => {
      if (!isRender(request)) return;
      pending.add(request);
      lastEvent = Date.now();
      renders.push(request.postDataJSON());
    });
    const done = (request: { method(): string; url(): string }) => {
      if (!pending.delete(request)) return;
      lastEvent = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    /** Every preview drawn, and no render asked or answered for three times the app's pause after typing. */
    const settled = async () => {
      const start = Date.now();
      const quiet = () => Date.now() - Math.max(start, lastEvent) > 1_500;
      await expect
        .poll(
          async () =>
            pending.size === 0 &&
            quiet() &&
            (await page.locator('.preview[aria-busy="true"]').count()) === 0 &&
            (await page.locator('img[data-format]').count()) === all.length,
          { timeout: 180_000, interval: 250 },
        )
        .toBe(true);
    };
    const sources = async () =>
      Object.fromEntries(
        await Promise.all(
          all.map(async (id) => [id, await page.locator(`img[data-format="${id}"]`).getAttribute('src')]),
        ),
      );

    await page.goto(studio.url);
    await page.getByLabel('Gabarit', { exact: true }).selectOption('evenement');
    const title = page.getByLabel(/^Titre de l’événement/);
    await title.waitFor();
    await settled();
    // Errors of earlier tests' requests (cut by the navigation) are theirs.
    const errorsBefore = pageErrors.length;
    const drawn = await sources();
    renders.length = 0;

    // Figures (fields, counters, previews' sizes) are set in the display face, which has no slashed zero.
    expect(
      await page.getByLabel(/^Date de l’événement/).evaluate((input) => getComputedStyle(input).fontFamily),
    ).toMatch(/^"?Studio Chiffres"?,/);
    expect(
      await page.evaluate(() =>
        [...document.fonts].some(
          (face) => face.family.replace(/"/g, '') === 'Studio Chiffres' && face.status === 'loaded',
        ),
      ),
    ).toBe(true);

    // Nothing changes: focus a field and leave it, type its value again, show and hide the safe
    // zones, choose another download type. No render is asked.
    await title.focus();
    await page.keyboard.press('Tab');
    await title.fill(await title.inputValue());
    await page.getByLabel(/^Afficher les zones de sécurité/).check();
    await page.getByLabel(/^Afficher les zones de sécurité/).uncheck();
    await page.getByLabel('Type de fichier (Instagram, carré)').selectOption('jpg');
    await settled();
    expect(renders).toEqual([]);
    expect(await sources()).toEqual(drawn);

    // One field edited, several keystrokes: every format drawn again, once, with the new text.
    await title.press('End');
    await title.pressSequentially(' au marais', { delay: 40 });
    await settled();
    expect(renders.map((r) => r.format).sort()).toEqual(all);
    expect(new Set(renders.map((r) => r.content.title))).toEqual(new Set([await title.inputValue()]));
    const edited = await sources();
    for (const id of all) expect(edited[id], id).not.toBe(drawn[id]);
    renders.length = 0;

    // Another display mode: the screens change, the posters (always in the print mode) do not.
    await page.getByLabel('Mode d’affichage').selectOption('dark');
    await settled();
    expect(renders.map((r) => r.format).sort()).toEqual(screens);
    expect(renders.every((r) => r.mode === 'dark')).toBe(true);
    const dark = await sources();
    for (const id of all) {
      if (screens.includes(id)) expect(dark[id], id).not.toBe(edited[id]);
      else expect(dark[id], id).toBe(edited[id]);
    }
    expect(pageErrors.slice(errorsBefore)).toEqual([]);
  }, 360_000);

  test('a date is typed the French way in an English browser, and a wrong one is explained, what was typed kept', async () => {
    const english = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    try {
      const tab = await english.newPage();
      const dates: unknown[] = [];
      tab.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/render')
          dates.push((request.postDataJSON() as { content: { date?: string } }).content.date);
      });
      await tab.goto(studio.url);
      await tab.getByLabel('Gabarit', { exact: true }).selectOption('evenement');
      const date = tab.getByLabel(/^Date de l’événement/);
      await date.waitFor();
      expect(await date.getAttribute('type')).toBe('text');
      expect(await date.getAttribute('placeholder')).toBe('jj/mm/aaaa');
      // The example's ISO date is shown day first.
      expect(await date.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

      await date.fill('5/7/2027');
      await expect.poll(() => dates.at(-1), { timeout: 120_000 }).toBe('2027-07-05');
      expect(await date.inputValue()).toBe('5/7/2027');

      const asked = dates.length;
      await date.fill('31/02/2027');
      await date.blur();
      await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
      const errorsId = (await date.getAttribute('aria-describedby'))
        ?.split(' ')
        .find((id) => id.endsWith('-errors'));
      expect(await tab.locator(`[id="${errorsId}"]`).textContent()).toMatch(/JJ\/MM\/AAAA/);
      expect(await date.inputValue()).toBe('31/02/2027');
      // No day that does not exist is sent to the render.
      expect(dates.slice(asked).every((d) => d === '2027-07-05')).toBe(true);
      expect(await axeViolations(tab)).toEqual([]);
    } finally {
      await english.close();
    }
  }, 180_000);

  test('a refused co-signer is shown under its own field, what was typed kept', async () => {
    await page.goto(studio.url);
    await page.getByLabel('Gabarit', { exact: true }).selectOption('evenement');
    const group = page.getByRole('group', { name: /^Partenaires qui co-signent/ });
    const add = group.getByRole('button', { name: /^Ajouter/ });
    // The studio's own labels take their French no-break space before the colon.
    expect(await add.textContent()).toMatch(/^Ajouter\u00A0: /);
    await add.click();
    const cosigner = group.getByRole('textbox').last();
    await cosigner.fill('CAPSO');
    // The render's problem names `content.cosigners[n]`: the form puts it under that field.
    await expect.poll(() => cosigner.getAttribute('aria-invalid'), { timeout: 120_000 }).toBe('true');
    const errorsId = (await cosigner.getAttribute('aria-describedby'))
      ?.split(' ')
      .find((id) => id.endsWith('-errors'));
    expect(errorsId).toBeDefined();
    expect(await page.locator(`[id="${errorsId}"]`).textContent()).toMatch(
      /«\u00A0CAPSO\u00A0» n’est pas un identifiant de partenaire/,
    );
    expect(await cosigner.inputValue()).toBe('CAPSO');
    expect(await axeViolations(page)).toEqual([]);
  }, 180_000);

  test('a campaign that lists its formats is drawn in those only', async () => {
    await writeFile(
      join(scratch, 'assets', 'campaigns', 'deux-formats.yaml'),
      'template: citation\npartners: [territoire]\nformats: [instagram-square, open-graph]\ncontent:\n  quote: Un territoire qui se parle.\n  attribution:\n    role: Élue\n  anonymous: true\n',
    );
    const asked = new Set<string>();
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/render')
        asked.add((request.postDataJSON() as { format: string }).format);
    });
    await page.goto(studio.url);
    await page.getByLabel('Campagne enregistrée').selectOption('deux-formats');
    await page.getByRole('button', { name: 'Ouvrir la campagne' }).click();
    await expect.poll(() => page.locator('.preview').count()).toBe(2);
    await expect.poll(() => page.locator('img[data-format]').count(), { timeout: 120_000 }).toBe(2);
    expect(await page.locator('img[data-format="poster-a4"]').count()).toBe(0);
    expect([...asked].sort()).toEqual(expect.arrayContaining(['instagram-square', 'open-graph']));
    expect(await axeViolations(page)).toEqual([]);
  }, 180_000);
});
