import { readFile } from 'node:fs/promises';
import { stableStringify } from '@blason/core';
import { describe, expect, test } from 'vitest';
import { lexiconJsonSchema, loadLexicon } from '../src/index.js';

const lexiconDir = new URL('../../../tokens/lexicon', import.meta.url).pathname;

describe('published JSON Schema', () => {
  test('is up to date with the zod schema (run `npm run schema -w @blason/lexicon`)', async () => {
    const published = await readFile(new URL('../schema/lexicon.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(published)).toEqual(JSON.parse(stableStringify(lexiconJsonSchema())));
  });
});

describe('sample lexicon', () => {
  test('loads and holds several dozen entries of every kind', async () => {
    const lexicon = await loadLexicon({ lexiconDir });
    expect(lexicon.entries.length).toBeGreaterThanOrEqual(48);
    const kinds = new Set(lexicon.entries.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['inclusive', 'name', 'term', 'tone', 'typography', 'verbatim']);
    expect(lexicon.policy.inclusive.channels?.official).toBe('double-flexion');
  });

  test('uses only the partner ids of the sample brand', async () => {
    const partners = [
      'territoire',
      'capso',
      'pays-de-lumbres',
      'agence-eco',
      'office-tourisme',
      'agence-urbanisme',
    ];
    const lexicon = await loadLexicon({ lexiconDir });
    for (const entry of lexicon.entries) {
      for (const partner of entry.scope?.partners ?? []) expect(partners).toContain(partner);
      if (entry.kind === 'name' && entry.partner) expect(partners).toContain(entry.partner);
    }
    for (const partner of Object.keys(lexicon.policy.inclusive.partners ?? {}))
      expect(partners).toContain(partner);
  });
});
