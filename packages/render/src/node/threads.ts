import type { Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';

/** Worker threads running one module's default export, `tasksPerThread` tasks at a time in each. */
export interface ThreadPool<Task, Result> {
  run(task: Task): Promise<Result>;
  /** Tasks run at once: threads × tasks per thread (more are queued). */
  readonly concurrency: number;
  /** The live threads. A thread that stops (crash, `terminate()`) fails its tasks and is replaced. */
  threads(): readonly Worker[];
  destroy(): Promise<void>;
}

/**
 * The module `name` beside the calling module, with the caller's extension: `.ts` when running
 * from sources, `.js` from a build. Pass the caller's `import.meta.url`.
 */
export function siblingModule(callerUrl: string, name: string): URL {
  const extension = callerUrl.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./${name}.${extension}`, callerUrl);
}

/**
 * Render and kit tasks make much short-lived garbage (SVG strings, pixel buffers): a young
 * generation of 192 MB (V8's default is about 48) cuts a kit's scavenges from about 580 to 200
 * and their time from 5.1 to 3.1 s, for up to 150 MB more per thread (node --trace-gc).
 */
const YOUNG_GENERATION_MB = 192;

/**
 * Render tasks a thread runs at once. With one, the thread waits while sharp encodes its visual and
 * its files are written: two threads kept 1.76 of 2 cores busy on the render bench. With two, the
 * next visual is composed meanwhile: 1.91 cores, 60 against 51–57 visuals/s; the sample kit's
 * visuals took 7.5 against 8.1 s, and its partner kits 5.7 against 6.0 s.
 */
export const RENDER_TASKS_PER_THREAD = 2;

export interface ThreadPoolOptions {
  /**
   * Tasks a thread runs at once. Above 1, a thread composes one task's visual while another's is
   * encoded and written on libuv's threads, instead of waiting for them.
   */
  readonly tasksPerThread?: number;
}

/**
 * A pool of `threads` workers whose default export handles each task. A TypeScript worker module
 * is loaded through `thread-bootstrap.mjs`, which registers tsx inside the thread, and the
 * `source` export condition is passed on, so workspace packages resolve to their sources there too.
 */
export function createThreadPool<Task, Result>(
  workerModule: URL,
  threads: number,
  { tasksPerThread = 1 }: ThreadPoolOptions = {},
): ThreadPool<Task, Result> {
  const fromSource = workerModule.pathname.endsWith('.ts');
  const pool = new Piscina({
    filename: fromSource ? new URL('./thread-bootstrap.mjs', import.meta.url).href : workerModule.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: tasksPerThread,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    // React's development build (extra checks on every element) loads when NODE_ENV is unset.
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    ...(fromSource ? { execArgv: sourceExecArgv(), workerData: { workerModule: workerModule.href } } : {}),
  });
  return {
    run: (task) => pool.run(task) as Promise<Result>,
    concurrency: threads * tasksPerThread,
    threads: () => pool.threads,
    destroy: () => pool.destroy(),
  };
}

const HEAP_SIZE_FLAG = /^--max-(?:old|semi)-space-size\b/;

/**
 * The parent's node options, `--conditions=source` added. V8 flags the process started with (the
 * launcher's `--interrupt-budget`) are left out: they are process-wide, so the thread has them
 * already, and `new Worker` refuses them in `execArgv` (node's own options are those it allows
 * in NODE_OPTIONS). So are heap sizes, which NODE_OPTIONS allows but `new Worker` refuses: a
 * thread's are its `resourceLimits`.
 */
function sourceExecArgv(): string[] {
  const argv = process.execArgv.filter(
    (arg) =>
      !arg.startsWith('--inspect') &&
      !HEAP_SIZE_FLAG.test(arg) &&
      (!arg.startsWith('-') || process.allowedNodeEnvironmentFlags.has(arg.split('=')[0] as string)),
  );
  return argv.includes('--conditions=source') ? argv : [...argv, '--conditions=source'];
}
