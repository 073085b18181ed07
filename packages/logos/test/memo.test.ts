import { expect, test } from 'vitest';
import { Memo } from '../src/memo.js';

test('the memo computes once per input and stays bounded, keeping what every partner uses', async () => {
  const memo = new Memo(4);
  let computed = 0;
  const get = (input: string) =>
    memo.get('png', input, async () => {
      computed++;
      return `drawn ${input}`;
    });
  expect(await get('wordmark')).toBe('drawn wordmark');
  for (let partner = 0; partner < 50; partner++) {
    expect(await get('wordmark')).toBe('drawn wordmark');
    expect(await get(`lockup ${partner}`)).toBe(`drawn lockup ${partner}`);
    expect(await get(`sheet ${partner}`)).toBe(`drawn sheet ${partner}`);
  }
  expect(memo.size).toBe(4);
  // The wordmark was drawn once; each partner's own art once.
  expect(computed).toBe(1 + 2 * 50);
  await get('lockup 0');
  expect(computed).toBe(2 + 2 * 50);
});

test('a failed computation is not kept', async () => {
  const memo = new Memo();
  await expect(memo.get('pdf', 'x', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
  expect(await memo.get('pdf', 'x', async () => 'ok')).toBe('ok');
});

test('the usage sheet’s bytes do not depend on what the memo kept', async () => {
  const { mkdtemp, readFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { buildLogos } = await import('../src/index.js');
  const tokensDir = new URL('../../../tokens', import.meta.url).pathname;
  const sheet = async (cache: Memo) => {
    const outDir = await mkdtemp(join(tmpdir(), 'blason-logo-memo-'));
    await buildLogos({ tokensDir, partner: 'capso', outDir, cache });
    return readFile(join(outDir, 'capso', 'logos', 'usage-sheet.pdf'));
  };
  // A memo of two entries drops and re-encodes the logo PDFs the sheet places twice.
  expect((await sheet(new Memo(2))).equals(await sheet(new Memo()))).toBe(true);
}, 120_000);
