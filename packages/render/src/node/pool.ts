import { createRequire } from 'node:module';
import { Piscina } from 'piscina';
import type { RenderTask, RenderTaskResult } from './worker.js';

/**
 * Worker threads that render visuals. From sources (the repo, tests) the worker is TypeScript:
 * it runs through tsx with the `source` export condition — inherited from the CLI's flags, or
 * added here when the parent was not started with them (Vitest).
 */
export function createPool(threads: number): {
  run(task: RenderTask): Promise<RenderTaskResult>;
  destroy(): Promise<void>;
} {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href;
  const pool = new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: 1,
    ...(fromSource ? { execArgv: sourceExecArgv() } : {}),
  });
  return {
    run: (task) => pool.run(task) as Promise<RenderTaskResult>,
    destroy: () => pool.destroy(),
  };
}

function sourceExecArgv(): string[] {
  const argv = [...process.execArgv];
  const hasTsx = argv.some(
    (arg, i) => /tsx/.test(arg) && (argv[i - 1] === '--import' || arg.startsWith('--import=')),
  );
  if (!argv.some((arg) => arg === '--conditions=source' || arg === '-C=source'))
    argv.push('--conditions=source');
  if (!hasTsx) argv.push('--import', createRequire(import.meta.url).resolve('tsx'));
  return argv.filter((arg) => !arg.startsWith('--inspect'));
}
