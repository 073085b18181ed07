import { describe, expect, it } from 'vitest';
import { contrastFaults, emptyShare, hierarchyFaults, MAX_EMPTY } from './checks.js';
import { deps, designVisual, sampleCampaign } from './support.js';

/**
 * The photo-led compositions, which the templates' examples (no photo) never reach: the sample
 * campaign with a photo, every format, two partners. The square format stays colour-led unless the
 * campaign forces the photo (see offreThematiqueScene), so its emptiness is the examples' gap.
 */
describe('photo-led offer (marais-barque) passes hierarchy, contrast on pixels and emptiness', () => {
  const sample = sampleCampaign('marais-barque');
  for (const format of deps.formatIds) {
    for (const partner of ['office-tourisme', 'capso']) {
      it(`${format} × ${partner}`, async () => {
        const visual = await designVisual({ ...sample, format, partner });
        expect(hierarchyFaults(visual)).toEqual([]);
        expect(contrastFaults(visual)).toEqual([]);
        if (format !== 'instagram-square') expect(emptyShare(visual)).toBeLessThanOrEqual(MAX_EMPTY);
      });
    }
  }
});
