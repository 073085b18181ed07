import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { commandModules, commandNamed, createProgram } from '../src/program.js';
import { runTraced } from './support/traced.js';

const root = new URL('../../../', import.meta.url).pathname;

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
  return runTraced(['lint', '--lexicon', join(root, 'tokens', 'lexicon'), file], {
    ...process.env,
    XDG_CACHE_HOME: cacheHome,
  });
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
