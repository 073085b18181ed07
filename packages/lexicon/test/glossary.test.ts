import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserUnavailableReason, launchChromium } from '@blason/chromium';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildGlossary,
  glossaryData,
  glossaryHtml,
  glossaryMarkdown,
  type Lexicon,
  loadLexicon,
} from '../src/index.js';

const lexiconDir = new URL('../../../tokens/lexicon', import.meta.url).pathname;
let lexicon: Lexicon;

beforeAll(async () => {
  lexicon = await loadLexicon({ lexiconDir });
});

describe('glossary data', () => {
  test('groups entries by kind, each with do / don’t', () => {
    const glossary = glossaryData(lexicon);
    expect(glossary.sections.map((s) => s.id)).toEqual([
      'names',
      'preferred',
      'avoid',
      'verbatim',
      'tone',
      'typography',
      'inclusive',
    ]);
    const avoid = glossary.sections.find((s) => s.id === 'avoid');
    const workshop = avoid?.entries.find((e) => e.id === 'workshop');
    expect(workshop).toMatchObject({ term: 'workshop', do: ['atelier'], dont: ['workshop', 'workshops'] });
    const names = glossary.sections.find((s) => s.id === 'names');
    expect(names?.entries.find((e) => e.id === 'pays-de-saint-omer')?.dont).toContain('Pays de St-Omer');
  });

  test('per partner: scoped entries and the partner’s inclusive policy', () => {
    const ids = (partner?: string) =>
      glossaryData(lexicon, partner).sections.flatMap((s) => s.entries.map((e) => e.id));
    expect(ids('capso')).toContain('presentation-capso');
    expect(ids()).not.toContain('presentation-capso');
    expect(glossaryData(lexicon, 'agence-urbanisme').inclusive.web).toBe('double-flexion');
    expect(glossaryData(lexicon).inclusive).toEqual({
      web: 'middle-dot',
      social: 'middle-dot',
      print: 'middle-dot',
      official: 'double-flexion',
    });
    expect(glossaryData(lexicon, 'capso').title).toBe(
      'Glossaire — Communauté d’agglomération du Pays de Saint-Omer',
    );
  });
});

describe('glossary outputs', () => {
  test('writes JSON, Markdown and HTML, byte-identical from one build to the next', async () => {
    const a = await mkdtemp(join(tmpdir(), 'blason-glossary-'));
    const b = await mkdtemp(join(tmpdir(), 'blason-glossary-'));
    const files = await buildGlossary({ lexicon, partner: 'capso', outDir: a });
    await buildGlossary({ lexicon, partner: 'capso', outDir: b });
    expect(files).toEqual(['glossary.html', 'glossary.json', 'glossary.md']);
    for (const file of files) {
      expect(await readFile(join(a, file), 'utf8')).toBe(await readFile(join(b, file), 'utf8'));
    }
    const json = JSON.parse(await readFile(join(a, 'glossary.json'), 'utf8'));
    expect(json.partner).toBe('capso');
  });

  test('Markdown has a table of contents, the policy and every section', () => {
    const markdown = glossaryMarkdown(glossaryData(lexicon));
    expect(markdown).toContain('## Termes à éviter');
    expect(markdown).toContain('| textes officiels | double flexion |');
    expect(markdown).toContain('- ✗ workshop');
  });

  test('HTML is a standalone French page with a labelled search field', () => {
    const html = glossaryHtml(glossaryData(lexicon));
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<label for="recherche">Rechercher un terme</label>');
    expect(html).toContain('<input type="search" id="recherche"');
    expect(html).toContain('role="status"');
    expect(html).not.toMatch(/<(?:link|img|script) [^>]*(?:src|href)=/);
    expect(html.match(/<article /g)?.length).toBe(lexicon.entries.filter((e) => !e.scope?.partners).length);
  });

  test.skipIf(browserUnavailableReason() !== undefined)(
    'HTML passes axe (WCAG 2.1 AA) and its search filters the terms in a browser',
    async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.setContent(glossaryHtml(glossaryData(lexicon, 'capso')));
        const axeSource = await readFile(
          createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
          'utf8',
        );
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } }
          ).axe;
          const result = await axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
          });
          return result.violations.map((v) => v.id);
        });
        expect(violations).toEqual([]);
        await page.getByLabel('Rechercher un terme').fill('newsletter');
        const visible = await page.locator('.entry:not([hidden])').evaluateAll((els) => els.map((e) => e.id));
        expect(visible).toContain('newsletter');
        expect(visible).not.toContain('workshop');
        await expect(page.locator('#resultats').textContent()).resolves.toMatch(/terme/);
        await page.getByLabel('Rechercher un terme').fill('ÉLU');
        const elu = await page.locator('.entry:not([hidden])').evaluateAll((els) => els.map((e) => e.id));
        expect(elu).toContain('elu-e-s');
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
