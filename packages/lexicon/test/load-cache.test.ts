import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBlasonError } from '@blason/core';
import { expect, test } from 'vitest';
import { lintText, loadLexicon } from '../src/index.js';

const sampleDir = new URL('../../../tokens/lexicon', import.meta.url).pathname;

async function copyOfSample(): Promise<{ lexiconDir: string; cacheDir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'blason-lexicon-cache-'));
  const lexiconDir = join(dir, 'lexicon');
  await cp(sampleDir, lexiconDir, { recursive: true });
  return { lexiconDir, cacheDir: join(dir, 'cache') };
}

test('a cached lexicon is the lexicon: same entries, policy, sources and findings', async () => {
  const { lexiconDir, cacheDir } = await copyOfSample();
  const fresh = await loadLexicon({ lexiconDir });
  const first = await loadLexicon({ lexiconDir, cacheDir });
  expect(await readdir(cacheDir)).toEqual([expect.stringMatching(/^lexicon-[0-9a-f]{64}\.json$/)]);
  const cached = await loadLexicon({ lexiconDir, cacheDir });
  for (const lexicon of [first, cached]) {
    expect(lexicon.entries).toEqual(fresh.entries);
    expect(lexicon.policy).toEqual(fresh.policy);
    expect([...lexicon.sources]).toEqual([...fresh.sources]);
  }
  const text = 'Le Pays de St-Omer organise un workshop : 52560 heures...';
  expect(lintText(text, { lexicon: cached })).toEqual(lintText(text, { lexicon: fresh }));
});

test('the cache is read back, and replaced when a source changes', async () => {
  const { lexiconDir, cacheDir } = await copyOfSample();
  await loadLexicon({ lexiconDir, cacheDir });
  const [name = ''] = await readdir(cacheDir);
  // Proof that the copy is what is read: a marker written into it comes back.
  const cachedFile = join(cacheDir, name);
  const data = JSON.parse(await readFile(cachedFile, 'utf8'));
  data.policy.inclusive.default = 'off';
  await writeFile(cachedFile, JSON.stringify(data));
  expect((await loadLexicon({ lexiconDir, cacheDir })).policy.inclusive.default).toBe('off');
  const terms = join(lexiconDir, 'terms.lexicon.yaml');
  await writeFile(terms, `${await readFile(terms, 'utf8')}\n# changed\n`);
  expect((await loadLexicon({ lexiconDir, cacheDir })).policy.inclusive.default).not.toBe('off');
  const files = await readdir(cacheDir);
  expect(files).toHaveLength(1);
  expect(files[0]).not.toBe(name);
});

test('an invalid lexicon is refused every time and never cached', async () => {
  const { lexiconDir, cacheDir } = await copyOfSample();
  await writeFile(join(lexiconDir, 'broken.lexicon.yaml'), 'entries:\n  - id: x\n    kind: nope\n');
  for (let i = 0; i < 2; i++) {
    const error = await loadLexicon({ lexiconDir, cacheDir }).catch((e: unknown) => e);
    expect(isBlasonError(error)).toBe(true);
  }
  expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
});
