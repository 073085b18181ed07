import { internalProblem } from './failures.js';
import { closeBatch, jobsLeft, type RenderBatch, type RenderTaskResult, rewindBatch } from './worker.js';

export interface BatchRun {
  /** Renders the batch's jobs that are left (`renderBatchWith`, in this thread or a worker). */
  readonly run: (batch: RenderBatch) => Promise<RenderTaskResult[]>;
  /** Batches rendered at once: a pool's `concurrency`, or two in this thread. */
  readonly lanes: number;
  readonly onResult: (result: RenderTaskResult) => void;
}

interface BatchState {
  readonly batch: RenderBatch;
  /** Runs of the batch not yet ended: the lane that began it and those that help it. */
  running: number;
  readonly reported: Set<string>;
  /** Why a run of the batch stopped (a thread killed, a context that failed to load). */
  failure?: { readonly error: unknown };
}

/**
 * Renders every batch, `lanes` at a time, each result handed on as its run ends. A lane with no
 * batch left to begin helps the batch with the most jobs not yet taken, so that no thread waits
 * while another still has a queue of its own: on the 60-visual render bench, the last batch left
 * one of two threads idle for 5 to 14 % of the run. A run that stops closes its batch: its jobs
 * without a result fail once every run of the batch has ended. Every call renders all the jobs of
 * its batches, even batches an earlier call rendered.
 */
export async function renderBatches(batches: readonly RenderBatch[], { run, lanes, onResult }: BatchRun) {
  for (const batch of batches) rewindBatch(batch);
  const states: BatchState[] = batches.map((batch) => ({ batch, running: 0, reported: new Set() }));
  let begun = 0;
  const nextState = (): BatchState | undefined => states[begun++] ?? mostLeft(states);
  const runOnce = async (state: BatchState) => {
    state.running++;
    try {
      for (const result of await run(state.batch)) {
        state.reported.add(result.ok ? result.visual.key : result.key);
        onResult(result);
      }
    } catch (error) {
      state.failure ??= { error };
      closeBatch(state.batch);
    } finally {
      state.running--;
    }
    if (state.running === 0 && state.failure) failUnreported(state, onResult);
  };
  const lane = async () => {
    for (let state = nextState(); state; state = nextState()) await runOnce(state);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, batches.length)) }, lane));
}

/** The batch with the most jobs no run has taken yet, if any. */
function mostLeft(states: readonly BatchState[]): BatchState | undefined {
  let most: BatchState | undefined;
  for (const state of states) {
    if (jobsLeft(state.batch) > (most ? jobsLeft(most.batch) : 0)) most = state;
  }
  return most;
}

function failUnreported(state: BatchState, onResult: BatchRun['onResult']): void {
  const error = state.failure?.error;
  for (const job of state.batch.jobs) {
    if (state.reported.has(job.key)) continue;
    state.reported.add(job.key);
    onResult({ ok: false, key: job.key, problems: [internalProblem(job, error)] });
  }
}
