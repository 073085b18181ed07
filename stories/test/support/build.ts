import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const storiesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds the static Storybook into a fresh temporary directory, or reuses the build named by
 * BLASON_STORYBOOK_STATIC (handy while iterating on the tests themselves).
 */
export async function buildStorybook(): Promise<{ dir: string; reused: boolean }> {
  const prebuilt = process.env.BLASON_STORYBOOK_STATIC;
  if (prebuilt) return { dir: resolve(prebuilt), reused: true };
  const dir = await mkdtemp(join(tmpdir(), 'blason-storybook-'));
  const bin = join(
    dirname(createRequire(import.meta.url).resolve('storybook/package.json')),
    'dist/bin/dispatcher.js',
  );
  const args = [bin, 'build', '-c', '.storybook', '-o', dir, '--quiet', '--disable-telemetry'];
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: storiesDir,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NODE_ENV: 'production' },
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) {
    throw new Error(`storybook build failed (exit ${code}):\n${output.join('').slice(-4000)}`);
  }
  return { dir, reused: false };
}
