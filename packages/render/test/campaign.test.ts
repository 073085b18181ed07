import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isBlasonError } from '@blason/core';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { type CopyLinter, checkCopy, loadCampaign, loadDeps, parseShard, selectShard } from '../src/index.js';
import { threadsFor } from '../src/node/jobs.js';
import { campaignDir, EVENT } from './support/campaigns.js';
import { lexiconDir, repoRoot, tokensDir } from './support/deps.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'campaigns');
const templates = {
  fixture: {
    contentSchema: z.strictObject({
      title: z.string().min(1),
      figures: z
        .array(z.strictObject({ value: z.string(), label: z.string() }))
        .min(1)
        .max(4),
    }),
  },
};

async function problemsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isBlasonError(error)) return error.problems;
    throw error;
  }
  throw new Error('expected a BlasonError');
}

describe('loadCampaign', () => {
  test('reads a valid campaign with its id and validated content', async () => {
    const campaign = await loadCampaign(join(fixtures, 'good.yaml'), { templates });
    expect(campaign).toMatchObject({
      id: 'bonne-campagne',
      template: 'fixture',
      content: { title: 'Journée de formation' },
    });
  });

  test('names the file, the field path, the position and the expected type, in French', async () => {
    const problems = await problemsOf(loadCampaign(join(fixtures, 'bad-types.yaml'), { templates }));
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath['content.title']).toMatchObject({
      line: 3,
      file: expect.stringContaining('bad-types.yaml'),
    });
    expect(byPath['content.title']?.message).toBe('type incorrect : un nombre reçu (attendu : un texte)');
    expect(byPath['content.figures[1].value']?.message).toContain('attendu : un texte');
    expect(byPath['content.figures[1].label']?.message).toBe(
      'champ obligatoire manquant (attendu : un texte)',
    );
  });

  test('reads `partners: all` as every partner, and a list as it is', async () => {
    const all = await loadCampaign(join(fixtures, 'good.yaml'), { templates });
    expect(all.partners).toBeUndefined();
    const { files } = await campaignDir({ listed: { ...EVENT, partners: ['capso', 'territoire'] } });
    expect((await loadCampaign(files[0] ?? '')).partners).toEqual(['capso', 'territoire']);
  });

  test('refuses a campaign that does not say who signs it, naming the field in French', async () => {
    const { partners: _, ...unsigned } = EVENT;
    const { files } = await campaignDir({ unsigned, wrong: { ...EVENT, partners: 'capso' } });
    const [missing] = await problemsOf(loadCampaign(files[0] ?? ''));
    expect(missing).toMatchObject({ path: 'partners', line: 1, column: 1 });
    expect(missing?.message).toBe(
      'champ obligatoire manquant : les partenaires qui signent la campagne, en liste (par exemple [capso, territoire]) ou « all » pour tous',
    );
    const [wrong] = await problemsOf(loadCampaign(files[1] ?? ''));
    expect(wrong).toMatchObject({
      path: 'partners',
      message: expect.stringMatching(/^valeur incorrecte : /),
    });
  });

  test('says where a list or a map is left open, not that the next line is badly indented', async () => {
    const dir = (await campaignDir({})).dir;
    const list = join(dir, 'liste.yaml');
    const map = join(dir, 'objet.yaml');
    await writeFile(list, 'template: evenement\npartners: [capso, territoire\ncontent:\n  title: Atelier\n');
    await writeFile(map, 'template: evenement\npartners: all\ncontent: { title: Atelier\nid: atelier\n');
    const [unclosedList] = await problemsOf(loadCampaign(list));
    expect(unclosedList).toMatchObject({ line: 2, column: 11 });
    expect(unclosedList?.message).toBe(
      'syntaxe YAML invalide, ligne 2, colonne 11\u00a0: une liste entre crochets n’est pas fermée : ajoutez « ] » à la fin de la liste',
    );
    const [unclosedMap] = await problemsOf(loadCampaign(map));
    expect(unclosedMap).toMatchObject({ line: 3, column: 10 });
    expect(unclosedMap?.message).toMatch(/un objet entre accolades n’est pas fermé/);
    // A bracket inside a quoted text is text, not the list's end.
    const quoted = join(dir, 'crochet.yaml');
    await writeFile(
      quoted,
      'template: evenement\npartners: [capso, "a]b", territoire\ncontent:\n  title: Atelier\n',
    );
    const [inQuotes] = await problemsOf(loadCampaign(quoted));
    expect(inQuotes).toMatchObject({ line: 2, column: 11 });
    expect(inQuotes?.message).toMatch(/une liste entre crochets n’est pas fermée/);
    // An indentation fault that closes everything stays one.
    const indented = join(dir, 'decale.yaml');
    await writeFile(indented, 'template: evenement\ncontent:\n  title: Atelier\n   kicker: Formation\n');
    const [fault] = await problemsOf(loadCampaign(indented));
    expect(fault?.message).not.toMatch(/pas fermé/);
  });

  test('names an unknown template with the known ones', async () => {
    const problems = await problemsOf(loadCampaign(join(fixtures, 'good.yaml'), { templates: {} }));
    expect(problems[0]).toMatchObject({
      path: 'template',
      line: 2,
      column: 11,
      message: expect.stringContaining('gabarit inconnu « fixture »'),
    });
  });
});

describe('threads', () => {
  test('are as many as asked, never more than the batches', () => {
    expect(threadsFor({ visuals: 6, batches: 3, requested: 2, cores: 2 })).toBe(2);
    expect(threadsFor({ visuals: 6, batches: 1, requested: 2, cores: 2 })).toBe(1);
  });

  test('left to the engine, start only where their start-up pays: a small run stays in this thread', () => {
    expect(threadsFor({ visuals: 1, batches: 1, requested: undefined, cores: 2 })).toBe(1);
    expect(threadsFor({ visuals: 45, batches: 15, requested: undefined, cores: 2 })).toBe(1);
    expect(threadsFor({ visuals: 72, batches: 24, requested: undefined, cores: 2 })).toBe(2);
    expect(threadsFor({ visuals: 162, batches: 54, requested: undefined, cores: 2 })).toBe(2);
    expect(threadsFor({ visuals: 162, batches: 54, requested: undefined, cores: 16 })).toBe(5);
  });
});

describe('shards', () => {
  const jobs = Array.from({ length: 23 }, (_, i) => ({ key: `job-${String(i).padStart(2, '0')}` }));

  test('partition the sorted jobs with no overlap and no gap', () => {
    for (const count of [1, 2, 3, 5, 30]) {
      const parts = Array.from({ length: count }, (_, i) =>
        selectShard(jobs, { index: i + 1, count }).map((j) => j.key),
      );
      const all = parts.flat();
      expect(new Set(all).size).toBe(all.length);
      expect([...all].sort()).toEqual(jobs.map((j) => j.key));
    }
  });

  test('reject a malformed shard as a usage error', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'x', '1-2'])
      expect(() => parseShard(bad)).toThrow(/Option --shard invalide/);
  });
});

describe('checkCopy', () => {
  const linter: CopyLinter = {
    fix: (text) => ({ text: text.replace(/ :/g, '\u00a0:'), applied: [] }),
    lint: (text) =>
      text.includes('St-Omer')
        ? [
            {
              ruleId: 'names/brand',
              severity: 'error',
              message: 'écrivez « Pays de Saint-Omer »',
              suggestion: 'Saint-Omer',
            },
          ]
        : text.includes('newsletter')
          ? [{ ruleId: 'terms/anglicism', severity: 'warning', message: 'préférez « lettre d’information »' }]
          : [],
  };
  const options = { file: 'c.yaml', partner: 'capso', channel: 'social' };

  test('fixes typography and keeps warnings with their field', () => {
    const checked = checkCopy({ title: 'Agenda : la newsletter', image: 'x.jpg' }, linter, options);
    expect(checked.content).toEqual({ title: 'Agenda\u00a0: la newsletter', image: 'x.jpg' });
    expect(checked.findings).toMatchObject([{ field: 'title', severity: 'warning' }]);
  });

  test('stops on a lint error unless allowed', () => {
    expect(() => checkCopy({ lines: ['Bienvenue à St-Omer'] }, linter, options)).toThrow(
      /--allow-lint-errors/,
    );
    const allowed = checkCopy({ lines: ['Bienvenue à St-Omer'] }, linter, { ...options, allowErrors: true });
    expect(allowed.findings).toMatchObject([{ field: 'lines[0]', severity: 'error' }]);
  });
});

describe('the sample campaigns (assets/campaigns)', () => {
  const deps = loadDeps({ tokensDir, lexiconDir });

  /** Lexicon errors of a campaign's content for each partner, on screens and in print. */
  async function lexiconErrors(
    content: Record<string, unknown>,
    file: string,
    partners?: readonly string[],
  ): Promise<string[]> {
    const { brand, linter } = await deps;
    const errors: string[] = [];
    for (const partner of partners ?? brand.partners.map((p) => p.id)) {
      for (const channel of ['social', 'print']) {
        try {
          checkCopy(content, linter, { file, partner, channel });
        } catch (error) {
          if (!isBlasonError(error)) throw error;
          errors.push(...error.problems.map((p) => `${file} ${partner} ${channel} ${p.path}: ${p.message}`));
        }
      }
    }
    return errors;
  }

  test('every campaign of assets/campaigns passes the lexicon for each of its partners', async () => {
    const dir = join(repoRoot, 'assets', 'campaigns');
    const files = (await readdir(dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
    expect(files.length).toBeGreaterThanOrEqual(5);
    const errors: string[] = [];
    for (const file of files) {
      const campaign = await loadCampaign(join(dir, file), { templates: (await deps).templates });
      errors.push(...(await lexiconErrors(campaign.content, file, campaign.partners)));
    }
    expect(errors).toEqual([]);
  });
});
