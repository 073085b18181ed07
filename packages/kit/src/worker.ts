import { type RenderTask, type RenderTaskResult, renderTask } from '@blason/render';
import { type PartnerSummary, type PartnerTask, partnerTask } from './partner-task.js';

/** What the kit's worker threads do: render visuals, then write partner kits. */
export type KitTask =
  | { readonly kind: 'render'; readonly task: RenderTask }
  | { readonly kind: 'partner'; readonly task: PartnerTask };

export default function kitTask(work: KitTask): Promise<RenderTaskResult | PartnerSummary> {
  return work.kind === 'render' ? renderTask(work.task) : partnerTask(work.task);
}
