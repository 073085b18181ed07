import { isBlasonError, type Problem } from '@blason/core';
import { type RenderContext, renderContext } from './context.js';
import type { DepsSetup } from './default-deps.js';
import { internalProblem } from './failures.js';
import { type RenderedVisual, renderVisual, type VisualJob } from './visual.js';

export interface RenderTask {
  readonly setup: DepsSetup;
  readonly job: VisualJob;
}

/**
 * Visuals a thread renders one after the other: every partner's visual of one campaign in one
 * format (`batchesOf`), so the text measures, photo crops and compiled code of the first serve the
 * others in the same thread.
 */
export interface RenderBatch {
  readonly setup: DepsSetup;
  readonly jobs: readonly VisualJob[];
  /**
   * The index of the next job to render, shared by every thread rendering the batch: a thread
   * with nothing left to do takes the rest of a batch another thread began (`renderBatches`).
   */
  readonly cursor: Int32Array;
}

/** A cursor at the batch's first job, in memory that worker threads share. */
export function batchCursor(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** Moves the batch's cursor back to its first job. */
export function rewindBatch(batch: RenderBatch): void {
  Atomics.store(batch.cursor, 0, 0);
}

/** Jobs of the batch not yet taken by any thread. */
export function jobsLeft(batch: RenderBatch): number {
  return Math.max(0, batch.jobs.length - Atomics.load(batch.cursor, 0));
}

/** Takes the batch's next job for this thread: its index, or past the end when none is left. */
export function takeJob(batch: RenderBatch): number {
  return Atomics.add(batch.cursor, 0, 1);
}

/** Stops the batch: no thread takes any more of its jobs. */
export function closeBatch(batch: RenderBatch): void {
  Atomics.store(batch.cursor, 0, batch.jobs.length);
}

export type RenderTaskResult =
  | { readonly ok: true; readonly visual: RenderedVisual }
  | { readonly ok: false; readonly key: string; readonly problems: readonly Problem[] };

/** Renders one visual; content problems come back as data (errors do not survive structured cloning). */
export async function renderWith(task: RenderTask, context: RenderContext): Promise<RenderTaskResult> {
  try {
    return { ok: true, visual: await renderVisual(task.job, context.deps, context.fonts) };
  } catch (error) {
    if (isBlasonError(error))
      return {
        ok: false,
        key: task.job.key,
        problems:
          error.problems.length > 0 ? error.problems : [{ code: 'render/failed', message: error.message }],
      };
    throw error;
  }
}

/**
 * Renders the batch's visuals that no other thread has taken, in the batch's order, a result for
 * each: an internal error is that visual's problem, and the others are still rendered.
 */
export async function renderBatchWith(
  batch: RenderBatch,
  context: RenderContext,
): Promise<RenderTaskResult[]> {
  const results: RenderTaskResult[] = [];
  for (let index = takeJob(batch); index < batch.jobs.length; index = takeJob(batch)) {
    const job = batch.jobs[index] as VisualJob;
    results.push(
      await renderWith({ setup: batch.setup, job }, context).catch(
        (error: unknown): RenderTaskResult => ({
          ok: false,
          key: job.key,
          problems: [internalProblem(job, error)],
        }),
      ),
    );
  }
  return results;
}

/**
 * The jobs grouped by campaign and format, in their order: the unit a render thread is given.
 * Batches of a whole campaign would leave one thread alone with the last ones.
 */
export function batchesOf(setup: DepsSetup, jobs: readonly VisualJob[]): RenderBatch[] {
  const groups = new Map<string, VisualJob[]>();
  for (const job of jobs) {
    const key = JSON.stringify([job.campaign.file, job.format]);
    const group = groups.get(key);
    if (group) group.push(job);
    else groups.set(key, [job]);
  }
  return [...groups.values()].map((group) => ({ setup, jobs: group, cursor: batchCursor() }));
}

/** Renders one visual with this thread's context for the task's setup. */
export async function renderTask(task: RenderTask): Promise<RenderTaskResult> {
  return renderWith(task, await renderContext(task.setup));
}

/** A worker thread's task: a batch, rendered with the thread's context for its setup. */
export default async function renderBatchTask(batch: RenderBatch): Promise<RenderTaskResult[]> {
  return renderBatchWith(batch, await renderContext(batch.setup));
}
