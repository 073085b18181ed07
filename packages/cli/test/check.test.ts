import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticBrand } from '@blason/tokens/test-support';
import { afterAll, expect, test, vi } from 'vitest';
import { ExitCode, run } from '../src/program.js';
import { capture, resetAfterEach } from './support/output.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
resetAfterEach();

async function brand(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'blason-cli-check-'));
  dirs.push(dir);
  await writeSyntheticBrand(dir, { partners: 2 });
  return dir;
}

test('a valid brand: exit 0 and no problem line', async () => {
  const dir = await brand();
  const out = capture();
  expect(await run(['check', '--tokens', dir])).toBe(ExitCode.ok);
  expect(out.stdout).toEqual([]);
  expect(out.stderr.join('')).toContain('check\u00A0: aucun problème');
});

test('a broken brand: one line per problem, exit 1', async () => {
  const dir = await brand();
  const file = join(dir, 'core/dimension.tokens.json');
  const json = JSON.parse(await readFile(file, 'utf8'));
  json.space['4'].$value = { value: 16 };
  json.radius.md.$type = 'radius';
  await writeFile(file, JSON.stringify(json, null, 2));
  const out = capture();
  expect(await run(['check', '--tokens', dir])).toBe(ExitCode.problems);
  const lines = out.stdout.join('').trim().split('\n');
  expect(lines, lines.join('\n')).toHaveLength(2);
  expect(
    lines.some((line) => /dimension\.tokens\.json:\d+:\d+ space\.4 — invalid dimension/.test(line)),
  ).toBe(true);
  expect(lines.some((line) => /radius\.md — unknown \$type "radius"/.test(line))).toBe(true);
  expect(out.stderr.join('')).toContain('check\u00A0: 2 erreurs, 0 avertissement');
});

test('--json prints the problems as data', async () => {
  const dir = await brand();
  await writeFile(join(dir, 'axes/axes.json'), '{ "axes": [ }');
  const out = capture();
  expect(await run(['check', '--tokens', dir, '--json'])).toBe(ExitCode.problems);
  const problems = JSON.parse(out.stdout.join(''));
  expect(problems[0]).toMatchObject({ code: 'json/syntax', line: 1 });
});

test('a token removed since the recorded release is a problem', async () => {
  const dir = await brand();
  capture();
  expect(await run(['tokens', 'release', '--tokens', dir, '--name', '1.0.0'])).toBe(ExitCode.ok);
  const file = join(dir, 'core/dimension.tokens.json');
  const json = JSON.parse(await readFile(file, 'utf8'));
  json.radius.rounded = json.radius.xl;
  delete json.radius.xl;
  await writeFile(file, JSON.stringify(json, null, 2));
  vi.restoreAllMocks();
  const out = capture();
  expect(await run(['check', '--tokens', dir])).toBe(ExitCode.problems);
  const removed = out.stdout.filter((line) => line.includes('token of release 1.0.0 removed'));
  expect(removed, out.stdout.join('')).toHaveLength(1);
  expect(removed[0]).toMatch(
    /release\/public-names\.json:\d+:\d+ radius\.xl — token of release 1\.0\.0 removed \(or renamed\) without being deprecated first; new name nearby: radius\.rounded \(expected the token kept with "\$deprecated"/,
  );
});

test('the lexicon beside the tokens, or the one given, is checked too', async () => {
  const dir = await brand();
  await mkdir(join(dir, 'lexicon'));
  const out = capture();
  expect(await run(['check', '--tokens', dir])).toBe(ExitCode.problems);
  expect(out.stdout.join('')).toMatch(/lexicon — no lexicon file found/);
  vi.restoreAllMocks();
  process.exitCode = undefined;
  const again = capture();
  const lexicon = new URL('../../../tokens/lexicon', import.meta.url).pathname;
  expect(await run(['check', '--tokens', dir, '--lexicon', lexicon])).toBe(ExitCode.ok);
  expect(again.stderr.join('')).toContain('aucun problème (tokens, lexicon)');
});
