import { type RenderBatch, type RenderTaskResult, renderBatchWith } from '@blason/render';
import { kitContext } from './kit-context.js';
import type { PartnerSummary, PartnerTask } from './partner-task.js';

/** What the kit's worker threads do: render batches of visuals, then write partner kits. */
export type KitTask =
  | {
      readonly kind: 'render';
      readonly batch: RenderBatch;
      readonly rootDir: string;
      readonly digest: string;
    }
  | { readonly kind: 'partner'; readonly task: PartnerTask };

/**
 * Both kinds of task use the thread's one kit context: the brand and lexicon are read once. The
 * partner kits' code (logos, print facts, contact sheets) is loaded with the first partner task,
 * so a thread starts rendering without waiting for it.
 */
export default async function kitTask(work: KitTask): Promise<RenderTaskResult[] | PartnerSummary> {
  if (work.kind === 'partner') return (await import('./partner-task.js')).partnerTask(work.task);
  const context = await kitContext(work.rootDir, work.digest);
  return renderBatchWith(work.batch, context.render);
}
