import { sampleBrand, samplePartners } from '../../internal/sample.js';
import type { ComponentExample } from '../../internal/types.js';
import type { CoBrandingLockupProps } from './CoBrandingLockup.js';

export const coBrandingLockupExamples: ReadonlyArray<ComponentExample<CoBrandingLockupProps>> = [
  { name: 'Shared brand alone', props: { brand: sampleBrand, partner: samplePartners.territoire } },
  { name: 'Two-line partner', props: { brand: sampleBrand, partner: samplePartners.capso } },
  {
    name: 'Vertical',
    props: { brand: sampleBrand, partner: samplePartners['office-tourisme'], orientation: 'vertical' },
  },
  { name: 'Link to home', props: { brand: sampleBrand, partner: samplePartners.capso, href: '/' } },
];
