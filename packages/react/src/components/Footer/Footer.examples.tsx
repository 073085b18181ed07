import { sampleBrand, samplePartners } from '../../internal/sample.js';
import type { ComponentExample } from '../../internal/types.js';
import type { FooterProps } from './Footer.js';

const links = [
  { label: 'Mentions légales', href: '/mentions-legales' },
  { label: 'Accessibilité : partiellement conforme', href: '/accessibilite' },
  { label: 'Plan du site', href: '/plan-du-site' },
];

export const footerExamples: ReadonlyArray<ComponentExample<FooterProps>> = [
  { name: 'Co-branded, CAPSO', props: { brand: sampleBrand, partner: samplePartners.capso, links } },
  { name: 'Shared brand', props: { brand: sampleBrand, partner: samplePartners.territoire } },
];
