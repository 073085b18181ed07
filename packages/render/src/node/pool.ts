import { createThreadPool, RENDER_TASKS_PER_THREAD, siblingModule, type ThreadPool } from './threads.js';
import type { RenderBatch, RenderTaskResult } from './worker.js';

export type RenderPool = ThreadPool<RenderBatch, RenderTaskResult[]>;

/** Worker threads that render visuals, each loading fonts, brand and templates once. */
export function createPool(threads: number): RenderPool {
  return createThreadPool(siblingModule(import.meta.url, 'worker'), threads, {
    tasksPerThread: RENDER_TASKS_PER_THREAD,
  });
}
