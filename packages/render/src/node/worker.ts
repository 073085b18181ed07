import { isBlasonError, type Problem } from '@blason/core';
import { type RenderContext, renderContext } from './context.js';
import type { DepsSetup } from './default-deps.js';
import { type RenderedVisual, renderVisual, type VisualJob } from './visual.js';

export interface RenderTask {
  readonly setup: DepsSetup;
  readonly job: VisualJob;
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

/** A worker thread's task: renders one visual with the thread's context for the task's setup. */
export default async function renderTask(task: RenderTask): Promise<RenderTaskResult> {
  return renderWith(task, await renderContext(task.setup));
}
