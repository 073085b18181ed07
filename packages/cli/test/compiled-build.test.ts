import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { compiledIsCurrent } from '../bin/compiled-build.js';

/** Two workspace packages side by side: `@scope/app` depends on `@scope/lib`. */
async function workspace(): Promise<{ app: string; lib: string }> {
  const root = await mkdtemp(join(tmpdir(), 'blason-compiled-'));
  const app = join(root, 'app');
  const lib = join(root, 'lib');
  for (const [dir, name, dependencies] of [
    [app, '@scope/app', { '@scope/lib': '1.0.0', commander: '^14' }],
    [lib, '@scope/lib', {}],
  ] as const) {
    await mkdir(join(dir, 'src', 'nested'), { recursive: true });
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name, dependencies }));
    await writeFile(join(dir, 'src', 'nested', 'part.ts'), 'export const part = 1;\n');
  }
  return { app, lib };
}

/** Writes the compiled entries, a little later than anything before (timestamps are in ms). */
async function build(...dirs: string[]): Promise<void> {
  await sleep(20);
  for (const dir of dirs) {
    await mkdir(join(dir, 'dist'), { recursive: true });
    await writeFile(join(dir, 'dist', dir.endsWith('app') ? 'main.js' : 'index.js'), '');
  }
  await sleep(20);
}

describe('whether the launcher may run the compiled code', () => {
  let app: string;
  let lib: string;
  beforeEach(async () => {
    ({ app, lib } = await workspace());
  });

  it('does when every package of the closure was built after its sources', async () => {
    await build(app, lib);
    expect(compiledIsCurrent(app, 'main.js')).toBe(true);
  });

  it('does not when a dependency’s source changed after the build', async () => {
    await build(app, lib);
    await writeFile(join(lib, 'src', 'nested', 'part.ts'), 'export const part = 2;\n');
    expect(compiledIsCurrent(app, 'main.js')).toBe(false);
  });

  it('does not when a source was added, renamed or removed after the build', async () => {
    await build(app, lib);
    await writeFile(join(app, 'src', 'nested', 'new.ts'), '');
    expect(compiledIsCurrent(app, 'main.js')).toBe(false);

    await build(app, lib);
    await rename(join(lib, 'src', 'nested', 'part.ts'), join(lib, 'src', 'nested', 'renamed.ts'));
    expect(compiledIsCurrent(app, 'main.js')).toBe(false);

    await build(app, lib);
    await rm(join(lib, 'src', 'nested', 'renamed.ts'));
    expect(compiledIsCurrent(app, 'main.js')).toBe(false);
  });

  it('does not when the package settings changed or a dependency was never built', async () => {
    await build(app, lib);
    await writeFile(join(lib, 'tsconfig.build.json'), '{}');
    expect(compiledIsCurrent(app, 'main.js')).toBe(false);

    await build(app, lib);
    await rm(join(lib, 'dist'), { recursive: true });
    await build(app);
    expect(compiledIsCurrent(app, 'main.js')).toBe(false);
  });

  it('ignores tests, which the build leaves out', async () => {
    await writeFile(join(lib, 'src', 'nested', 'part.test.ts'), '');
    await build(app, lib);
    await writeFile(join(lib, 'src', 'nested', 'part.test.ts'), 'it.todo("x");\n');
    expect(compiledIsCurrent(app, 'main.js')).toBe(true);
  });

  it('does not when a workspace dependency is not where its name says', async () => {
    await writeFile(join(lib, 'package.json'), JSON.stringify({ name: '@scope/other' }));
    await build(app, lib);
    expect(compiledIsCurrent(app, 'main.js')).toBe(false);
  });
});

describe('the launcher', () => {
  const bin = new URL('../bin/blason.js', import.meta.url).pathname;

  it('runs the TypeScript sources through tsx when asked, as on a clone never built', async () => {
    // Imported by every node process of the run: each writes its start-up flags to standard error.
    const printFlags = join(await mkdtemp(join(tmpdir(), 'blason-launcher-')), 'print-flags.mjs');
    await writeFile(printFlags, 'process.stderr.write("FLAGS " + process.execArgv.join(" ") + "\\n");\n');
    const run = spawnSync(process.execPath, [bin, '--version'], {
      encoding: 'utf8',
      env: { ...process.env, BLASON_FROM_SOURCE: '1', NODE_OPTIONS: `--import=${printFlags}` },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const flags = run.stderr.split('\n').filter((line) => line.startsWith('FLAGS'));
    expect(flags.some((line) => line.includes('--conditions=source'))).toBe(true);
  }, 60_000);
});
