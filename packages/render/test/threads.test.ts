import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const threads = new URL('../src/node/threads.ts', import.meta.url).href;
const worker = new URL('./fixtures/echo-worker.ts', import.meta.url).href;
const tsx = createRequire(import.meta.url).resolve('tsx');

describe('thread pool from sources', () => {
  it('starts its threads in a process started with V8 flags, passing node options on', () => {
    // As the `blason` launcher starts a rendering process: V8 flags (a heap size among them, which
    // NODE_OPTIONS allows but a worker refuses), the source condition, tsx.
    const script = `
      const { createThreadPool } = await import(${JSON.stringify(threads)});
      const pool = createThreadPool(new URL(${JSON.stringify(worker)}), 1);
      const answer = await pool.run({ word: 'bonjour' });
      await pool.destroy();
      console.log(JSON.stringify(answer));`;
    const dir = mkdtempSync(join(tmpdir(), 'blason-threads-'));
    const file = join(dir, 'run.mjs');
    writeFileSync(file, script);
    const run = spawnSync(
      process.execPath,
      [
        '--interrupt-budget=1048576',
        '--max-semi-space-size=64',
        '--conditions=source',
        '--import',
        tsx,
        file,
      ],
      {
        encoding: 'utf8',
        cwd: fileURLToPath(new URL('..', import.meta.url)),
      },
    );
    rmSync(dir, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as { word: string; execArgv: string[] };
    expect(answer.word).toBe('bonjour');
    expect(answer.execArgv).toContain('--conditions=source');
    expect(answer.execArgv).not.toContain('--interrupt-budget=1048576');
    expect(answer.execArgv).not.toContain('--max-semi-space-size=64');
  });
});
