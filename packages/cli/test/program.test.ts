import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BlasonError } from '@blason/core';
import { expect, test, vi } from 'vitest';
import { createProgram, ExitCode, run, runProgram } from '../src/program.js';
import { resetAfterEach } from './support/output.js';

resetAfterEach();

function captureStderr(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  return lines;
}

test('--help exits 0 and lists every command', async () => {
  captureStderr();
  expect(await run(['--help'])).toBe(ExitCode.ok);
  const names = (await createProgram()).commands.map((command) => command.name());
  expect(names).toEqual(
    expect.arrayContaining(['check', 'tokens', 'lint', 'glossary', 'render', 'logos', 'kit']),
  );
});

test('--version prints the CLI package’s version and exits 0', async () => {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const { version } = JSON.parse(await readFile(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  expect(await run(['--version'])).toBe(ExitCode.ok);
  expect(stdout).toBe(`${version}\n`);
});

test('an unknown command or option is bad usage: exit 2', async () => {
  captureStderr();
  expect(await run(['no-such-command'])).toBe(ExitCode.usage);
  expect(await run(['--no-such-option'])).toBe(ExitCode.usage);
});

test('a BlasonError prints one line per problem and exits 1', async () => {
  const stderr = captureStderr();
  const program = await createProgram();
  program.command('explode').action(() => {
    throw new BlasonError('bad tokens', [
      {
        code: 'token/invalid-color',
        file: 'tokens/a.json',
        path: 'color.x',
        message: 'not a colour',
        expected: 'an sRGB colour',
      },
      { code: 'token/missing-unit', file: 'tokens/b.json', path: 'space.1', message: 'no unit' },
    ]);
  });
  expect(await runProgram(program, ['explode'])).toBe(ExitCode.problems);
  expect(stderr.join('')).toMatch(/tokens\/a\.json.*color\.x.*not a colour/);
  expect(stderr.join('').trim().split('\n')).toHaveLength(2);
});
