import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { ExitCode, run } from '../src/program.js';
import { capture, resetAfterEach } from './support/output.js';
import { writeFinishedKit } from './support/stamp.js';

const root = new URL('../../../', import.meta.url).pathname;

resetAfterEach();

async function kit(...args: string[]): Promise<{ code: number; stderr: string }> {
  const out = await mkdtemp(join(tmpdir(), 'blason-cli-kit-'));
  const { stderr } = capture();
  const code = await run(['kit', '--root', root, '--out', out, ...args]);
  return { code, stderr: stderr.join('') };
}

test('an unknown partner is bad usage (exit 2) naming the known partners, in French', async () => {
  const { code, stderr } = await kit('--partner', 'mairie');
  expect(code).toBe(ExitCode.usage);
  expect(stderr).toContain('partenaire inconnu «\u00A0mairie\u00A0» (attendu\u00A0: l’un de');
  expect(stderr).not.toContain('expected');
  expect(stderr).toContain('office-tourisme');
});

test('an unknown output format is bad usage (exit 2) listing the known ones', async () => {
  const { code, stderr } = await kit('--formats', 'png,gif');
  expect(code).toBe(ExitCode.usage);
  expect(stderr).toContain('gif');
  expect(stderr).toContain('webp');
});

test('a number of jobs that is not a positive integer is bad usage (exit 2)', async () => {
  for (const jobs of ['0', 'deux', '1.5']) {
    expect((await kit('--jobs', jobs)).code, jobs).toBe(ExitCode.usage);
  }
});

test('the kit asks its launcher for the rendering process only when it has something to build', async () => {
  const out = await mkdtemp(join(tmpdir(), 'blason-cli-kit-'));
  // Stops the run where the launcher would restart the process.
  const beforeRender = vi.fn(() => {
    throw new Error('restart with the rendering settings');
  });
  capture();
  expect(await run(['kit', '--root', root, '--out', out], { beforeRender })).toBe(ExitCode.problems);
  expect(beforeRender).toHaveBeenCalledTimes(1);

  await writeFinishedKit(root, out);
  const { stdout } = capture();
  expect(await run(['kit', '--root', root, '--out', out], { beforeRender })).toBe(ExitCode.ok);
  expect(stdout.join('')).toContain('Kits inchangés');
  expect(beforeRender).toHaveBeenCalledTimes(1);
});
