import { Piscina } from 'piscina';
import type { RenderTask, RenderTaskResult } from './worker.js';

export interface RenderPool {
  run(task: RenderTask): Promise<RenderTaskResult>;
  destroy(): Promise<void>;
}

/**
 * Worker threads that render visuals, each loading fonts, brand and templates once. From
 * sources the worker is TypeScript: `worker-bootstrap.mjs` registers tsx inside the thread and
 * the `source` export condition is passed on, so workspace packages resolve to their sources.
 */
export function createPool(threads: number): RenderPool {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(fromSource ? './worker-bootstrap.mjs' : './worker.js', import.meta.url).href;
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
  const argv = process.execArgv.filter((arg) => !arg.startsWith('--inspect'));
  return argv.includes('--conditions=source') ? argv : [...argv, '--conditions=source'];
}
