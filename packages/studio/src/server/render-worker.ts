/**
 * The studio's render task, run on its worker threads: the kit's engine (compose → rasterize) with
 * the bytes answered in memory, no files written. Poster PDFs still go through the kit's task.
 */
import { isBlasonError, type Problem, sha256 } from '@blason/core';
import {
  type ComposedVisual,
  composeVisual,
  type DepsSetup,
  type OutputKind,
  printPreviewPng,
  type RenderTaskResult,
  rasterize,
  renderContext,
  renderTask,
  type VisualJob,
} from '@blason/render';

export interface StudioTask {
  readonly setup: DepsSetup;
  readonly job: VisualJob;
  /** `preview` is a print format's trim-area PNG; `pdf` is the poster PDF. */
  readonly output: Exclude<OutputKind, 'avif'> | 'preview' | 'pdf';
}

export type StudioTaskResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly sha256: string; readonly alt: string }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export default async function renderStudioTask(
  task: StudioTask,
): Promise<StudioTaskResult | RenderTaskResult> {
  if (task.output === 'pdf') return renderTask({ setup: task.setup, job: task.job });
  const { deps, fonts } = await renderContext(task.setup);
  try {
    const composed = await composeVisual(task.job, deps, fonts);
    const bytes = await encode(task.output, composed);
    return { ok: true, bytes, sha256: sha256(bytes), alt: composed.alt };
  } catch (error) {
    if (!isBlasonError(error)) throw error;
    const problems =
      error.problems.length > 0 ? error.problems : [{ code: 'render/failed', message: error.message }];
    return { ok: false, problems };
  }
}

async function encode(
  output: Exclude<StudioTask['output'], 'pdf'>,
  composed: ComposedVisual,
): Promise<Uint8Array> {
  if (output === 'svg') return Buffer.from(await composed.standaloneSvg());
  const { width, height } = composed.format;
  const input = { svg: composed.svg, width, height, under: composed.under };
  if (output === 'preview') return (await printPreviewPng(composed)).png;
  return (await rasterize(input, [output])).get(output) as Buffer;
}
