import { samplePartners } from '../../internal/sample.js';
import type { ComponentExample } from '../../internal/types.js';
import type { PartnerLogoProps } from './PartnerLogo.js';

const logo = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 30"/%3E';

export const partnerLogoExamples: ReadonlyArray<ComponentExample<PartnerLogoProps>> = [
  { name: 'Wordmark', props: { partner: samplePartners.capso } },
  { name: 'Wordmark, name only', props: { partner: samplePartners.territoire } },
  { name: 'Logo file', props: { partner: samplePartners['office-tourisme'], src: logo, width: 160 } },
];
