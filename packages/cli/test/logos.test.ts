import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ExitCode, run } from '../src/program.js';
import { capture, resetAfterEach } from './support/output.js';

const tokens = new URL('../../../tokens/', import.meta.url).pathname;

resetAfterEach();

test('blason logos --partner writes the partner’s logos and reports them', async () => {
  const out = await mkdtemp(join(tmpdir(), 'blason-cli-logos-'));
  const { stdout } = capture();
  const code = await run(['logos', '--partner', 'territoire', '--out', out, '--tokens', tokens, '--json']);
  expect(code).toBe(ExitCode.ok);
  const [result] = JSON.parse(stdout.join('')) as { partner: string; entries: { path: string }[] }[];
  expect(result?.partner).toBe('territoire');
  expect(result?.entries.map((entry) => entry.path)).toContain('logos/wordmark-colour.svg');
  expect(existsSync(join(out, 'territoire', 'logos', 'usage-sheet.pdf'))).toBe(true);
}, 180_000);

test('an unknown partner is bad usage (exit 2), refused before any file is written, in French', async () => {
  const out = await mkdtemp(join(tmpdir(), 'blason-cli-logos-'));
  const { stderr } = capture();
  expect(await run(['logos', '--partner', 'territoire,mairie', '--out', out, '--tokens', tokens])).toBe(
    ExitCode.usage,
  );
  expect(stderr.join('')).toContain('partenaire inconnu');
  expect(stderr.join('')).toContain('capso');
  expect(existsSync(join(out, 'territoire'))).toBe(false);
});

test('without --json, one French line per partner names the folder', async () => {
  const out = await mkdtemp(join(tmpdir(), 'blason-cli-logos-'));
  const { stdout } = capture();
  expect(await run(['logos', '--partner', 'territoire', '--out', out, '--tokens', tokens])).toBe(ExitCode.ok);
  expect(stdout.join('')).toMatch(/^territoire\u00a0: \d+ fichiers dans .*territoire\/logos\/\n$/);
}, 180_000);

test('an unknown option is bad usage: exit 2', async () => {
  capture();
  expect(await run(['logos', '--colour', 'rose'])).toBe(ExitCode.usage);
});
