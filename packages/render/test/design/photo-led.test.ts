import { describe, expect, it } from 'vitest';
import { contrastFaults, emptyShare, hierarchyFaults, MAX_EMPTY } from './checks.js';
import { deps, designVisual, sampleCampaign } from './support.js';

/**
 * The photo-led compositions, which the templates' examples (no photo) never reach: the sample
 * campaigns with a photo, every format, two partners. The square format stays colour-led unless the
 * campaign forces the photo (see offreThematiqueScene, evenementScene), so its emptiness is the
 * examples' gap.
 */
describe.each([
  { campaign: 'marais-barque', partners: ['office-tourisme', 'capso'] },
  { campaign: 'atelier-marketing-territorial', partners: ['agence-eco', 'agence-urbanisme'] },
])('photo-led $campaign passes hierarchy, contrast on pixels and emptiness', ({ campaign, partners }) => {
  const sample = sampleCampaign(campaign);
  for (const format of deps.formatIds) {
    for (const partner of partners) {
      it(`${format} × ${partner}`, async () => {
        const visual = await designVisual({ ...sample, format, partner });
        expect(hierarchyFaults(visual)).toEqual([]);
        expect(contrastFaults(visual)).toEqual([]);
        if (format !== 'instagram-square') expect(emptyShare(visual)).toBeLessThanOrEqual(MAX_EMPTY);
      });
    }
  }
});
