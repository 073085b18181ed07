import { isBlasonError, type Problem } from '@blason/core';
import type { LoadedFonts } from '../engine/fonts.js';
import { type DepsSetup, loadDeps } from './default-deps.js';
import type { RenderDeps } from './deps.js';
import { nodeFonts } from './fonts.js';
import { type RenderedVisual, renderVisual, type VisualJob } from './visual.js';

export interface RenderTask {
  readonly setup: DepsSetup;
  readonly job: VisualJob;
}

export type RenderTaskResult =
  | { readonly ok: true; readonly visual: RenderedVisual }
  | { readonly ok: false; readonly key: string; readonly problems: readonly Problem[] };

let context: { key: string; ready: Promise<{ deps: RenderDeps; fonts: LoadedFonts }> } | undefined;

/** Brand, templates, lexicon and fonts, loaded once per thread and reused for every task. */
function prepare(setup: DepsSetup): Promise<{ deps: RenderDeps; fonts: LoadedFonts }> {
  const key = JSON.stringify(setup);
  if (context?.key !== key) {
    context = { key, ready: loadDeps(setup).then((deps) => ({ deps, fonts: nodeFonts() })) };
  }
  return context.ready;
}

/** Renders one visual; content problems come back as data (errors do not survive structured cloning). */
export default async function renderTask(task: RenderTask): Promise<RenderTaskResult> {
  const { deps, fonts } = await prepare(task.setup);
  try {
    return { ok: true, visual: await renderVisual(task.job, deps, fonts) };
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

export { prepare as prepareWorkerContext };
