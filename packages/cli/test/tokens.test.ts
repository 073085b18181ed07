import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticBrand } from '@blason/tokens/test-support';
import { afterAll, expect, test, vi } from 'vitest';
import { ExitCode, run } from '../src/program.js';
import { capture, resetAfterEach } from './support/output.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
resetAfterEach();

async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'blason-cli-tokens-'));
  dirs.push(dir);
  return dir;
}

const brand = (async () => {
  const dir = await temp();
  await writeSyntheticBrand(dir, { partners: 2 });
  return dir;
})();

test('tokens build --partner writes that partner only', async () => {
  const out = join(await temp(), 'tokens');
  const output = capture();
  expect(
    await run(['tokens', 'build', '--tokens', await brand, '--out', out, '--partner', 'partenaire-01']),
  ).toBe(ExitCode.ok);
  expect(output.stdout.join('')).toMatch(/files for 4 partner × mode written to/);
  expect(await readFile(join(out, 'css/partenaire-01/dark.css'), 'utf8')).toContain(
    '--blason-color-text-default:',
  );
  await expect(readFile(join(out, 'css/territoire/dark.css'), 'utf8')).rejects.toThrow();
});

test('tokens build with an unknown partner exits 1 and names the known ones', async () => {
  const output = capture();
  const code = await run([
    'tokens',
    'build',
    '--tokens',
    await brand,
    '--out',
    await temp(),
    '--partner',
    'nobody',
  ]);
  expect(code).toBe(ExitCode.problems);
  expect(output.stderr.join('')).toMatch(
    /unknown partner "nobody" \(expected one of territoire, partenaire-01\)/,
  );
});

test('tokens list prints path, type and value of one partner × mode', async () => {
  const output = capture();
  expect(
    await run([
      'tokens',
      'list',
      'space',
      '--tokens',
      await brand,
      '--partner',
      'partenaire-01',
      '--mode',
      'dark',
    ]),
  ).toBe(ExitCode.ok);
  const lines = output.stdout.join('').trim().split('\n');
  expect(lines).toHaveLength(13);
  expect(lines).toContain('space.4   dimension    16');
});

test('tokens list --json', async () => {
  const output = capture();
  expect(await run(['tokens', 'list', 'color.text', '--tokens', await brand, '--json'])).toBe(ExitCode.ok);
  expect(JSON.parse(output.stdout.join(''))['color.text.default']).toBe('#1a1f24');
});

test('tokens release records the public names; a second run finds nothing new', async () => {
  const dir = await temp();
  await writeSyntheticBrand(dir, { partners: 1 });
  const first = capture();
  expect(await run(['tokens', 'release', '--tokens', dir, '--name', '2.0.0'])).toBe(ExitCode.ok);
  expect(first.stdout.join('')).toMatch(
    /^\d{3} public token names recorded in .*release\/public-names\.json \(\d{3} added, 0 removed\)\n$/,
  );
  const snapshot = JSON.parse(await readFile(join(dir, 'release/public-names.json'), 'utf8'));
  expect(snapshot).toMatchObject({ release: '2.0.0', names: expect.arrayContaining(['space.4']) });
  vi.restoreAllMocks();
  const second = capture();
  expect(await run(['tokens', 'release', '--tokens', dir])).toBe(ExitCode.ok);
  expect(second.stdout.join('')).toMatch(/\(0 added, 0 removed\)/);
});
