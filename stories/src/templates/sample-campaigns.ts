import render from 'virtual:blason/render';
import type { TemplateId } from '@blason/templates';

/** A sample campaign of `assets/campaigns/` by id, as `npm run kit` renders it: template and content. */
export function sampleCampaign(id: string): { readonly template: TemplateId; readonly content: unknown } {
  const campaign = render.campaigns.find((c) => c.id === id);
  if (!campaign) throw new Error(`no sample campaign « ${id} » under assets/campaigns`);
  return { template: campaign.template as TemplateId, content: campaign.content };
}
