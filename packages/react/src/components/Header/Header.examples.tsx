import { sampleBrand, samplePartners } from '../../internal/sample.js';
import type { ComponentExample } from '../../internal/types.js';
import type { HeaderProps } from './Header.js';

const navigation = [
  { label: 'Découvrir', href: '/decouvrir' },
  { label: 'Agenda', href: '/agenda', current: true },
  { label: 'Entreprendre', href: '/entreprendre' },
];

export const headerExamples: ReadonlyArray<ComponentExample<HeaderProps>> = [
  { name: 'Shared brand', props: { brand: sampleBrand, partner: samplePartners.territoire, navigation } },
  { name: 'Co-branded, CAPSO', props: { brand: sampleBrand, partner: samplePartners.capso, navigation } },
  { name: 'Without navigation', props: { brand: sampleBrand, partner: samplePartners['office-tourisme'] } },
];
