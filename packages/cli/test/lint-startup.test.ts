import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { commandModules, commandNamed, createProgram } from '../src/program.js';

const root = new URL('../../../', import.meta.url).pathname;
const main = new URL('../src/main.ts', import.meta.url).pathname;
const tsx = createRequire(import.meta.url).resolve('tsx');
/** A loader hook that prints every module URL the process loads. */
const traceLoads =
  'data:text/javascript,export async function load(url, context, next) { process.stderr.write("LOADED " + url + "\\n"); return next(url, context); }';

test('the first word names the command to load; anything else loads them all', () => {
  expect(commandNamed(['lint', 'a.md'])).toBe('lint');
  expect(commandNamed(['--help'])).toBeUndefined();
  expect(commandNamed(['help', 'lint'])).toBeUndefined();
  expect(commandNamed(['constructor'])).toBeUndefined();
});

test('a program for one command registers that command only', async () => {
  const program = await createProgram(['lint']);
  expect(program.commands.map((command) => command.name())).toEqual(['lint']);
  const all = await createProgram();
  expect(all.commands.map((command) => command.name())).toEqual(Object.keys(commandModules));
});

/** Runs `blason lint` from the sources with a loader hook; returns its output and every module it loaded. */
function lintTraced(file: string, cacheHome: string): { stdout: string; loaded: string[] } {
  const result = spawnSync(
    process.execPath,
    [
      '--no-warnings',
      '--conditions=source',
      '--import',
      tsx,
      '--experimental-loader',
      traceLoads,
      main,
      'lint',
      '--lexicon',
      join(root, 'tokens', 'lexicon'),
      file,
    ],
    { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } },
  );
  const loaded = result.stderr.split('\n').filter((line) => line.startsWith('LOADED '));
  return { stdout: result.stdout, loaded };
}

test('blason lint loads neither the renderer, the token build nor the image libraries', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'blason-startup-'));
  const file = join(dir, 'x.md');
  await writeFile(file, 'a\n');
  const first = lintTraced(file, join(dir, 'cache'));
  expect(first.stdout).toBe('Aucun problème.\n');
  expect(first.loaded.some((line) => line.includes('/packages/lexicon/'))).toBe(true);
  const heavy = first.loaded.filter((line) =>
    /\/(?:sharp|satori|@resvg|piscina|style-dictionary|pdfkit|react|packages\/(?:render|kit|logos|tokens|templates|print))\//.test(
      line,
    ),
  );
  expect(heavy).toEqual([]);
  // The first run validated the lexicon (YAML, zod); the next ones read the cached copy.
  expect(first.loaded.some((line) => /\/node_modules\/zod\//.test(line))).toBe(true);
  const second = lintTraced(file, join(dir, 'cache'));
  expect(second.stdout).toBe('Aucun problème.\n');
  expect(second.loaded.filter((line) => /\/node_modules\/(?:zod|yaml)\/|\/glossary\//.test(line))).toEqual(
    [],
  );
}, 90_000);
