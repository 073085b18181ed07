import { type RenderBatch, type RenderTaskResult, renderBatchWith } from '@blason/render';
import { kitContext, type PartnerSummary, type PartnerTask, partnerTask } from './partner-task.js';

/** What the kit's worker threads do: render batches of visuals, then write partner kits. */
export type KitTask =
  | {
      readonly kind: 'render';
      readonly batch: RenderBatch;
      readonly rootDir: string;
      readonly digest: string;
    }
  | { readonly kind: 'partner'; readonly task: PartnerTask };

/** Both kinds of task use the thread's one kit context: the brand and lexicon are read once. */
export default async function kitTask(work: KitTask): Promise<RenderTaskResult[] | PartnerSummary> {
  if (work.kind === 'partner') return partnerTask(work.task);
  const context = await kitContext(work.rootDir, work.digest);
  return renderBatchWith(work.batch, context.render);
}
