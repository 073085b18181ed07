import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runGlossary } from '../src/commands/glossary.js';

const lexiconDir = new URL('../../../tokens/lexicon', import.meta.url).pathname;

describe('blason glossary', () => {
  test('writes the shared glossary and one per partner whose scope or policy differs', async () => {
    const out = await mkdtemp(join(tmpdir(), 'blason-glossary-'));
    const written = await runGlossary({ lexicon: lexiconDir, out });
    expect(written).toContain(join(out, 'glossary.html'));
    const partners = (await readdir(out, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    // capso has a scoped boilerplate; the two agencies have their own inclusive-writing policy.
    expect(partners.sort()).toEqual(['agence-eco', 'agence-urbanisme', 'capso']);
    expect(await readFile(join(out, 'capso', 'glossary.md'), 'utf8')).toContain('Texte de présentation');
  });

  test('--partner writes that partner’s glossary to --out', async () => {
    const out = await mkdtemp(join(tmpdir(), 'blason-glossary-'));
    const written = await runGlossary({ lexicon: lexiconDir, out, partner: 'office-tourisme' });
    expect(written).toEqual(['glossary.html', 'glossary.json', 'glossary.md'].map((f) => join(out, f)));
    expect(await readFile(join(out, 'glossary.html'), 'utf8')).toContain(
      'Glossaire — Office de tourisme du Pays de Saint-Omer',
    );
  });

  test('an unknown partner is a usage error', async () => {
    const out = await mkdtemp(join(tmpdir(), 'blason-glossary-'));
    await expect(runGlossary({ lexicon: lexiconDir, out, partner: 'mairie' })).rejects.toMatchObject({
      exitCode: 2,
    });
  });

  test('a missing lexicon is a usage error', async () => {
    const out = await mkdtemp(join(tmpdir(), 'blason-glossary-'));
    await expect(runGlossary({ lexicon: join(out, 'nope'), out })).rejects.toMatchObject({ exitCode: 2 });
  });
});
