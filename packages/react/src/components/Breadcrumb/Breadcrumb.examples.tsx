import type { ComponentExample } from '../../internal/types.js';
import type { BreadcrumbProps } from './Breadcrumb.js';

export const breadcrumbExamples: ReadonlyArray<ComponentExample<BreadcrumbProps>> = [
  {
    name: 'Three levels',
    props: {
      items: [
        { label: 'Accueil', href: '/' },
        { label: 'Agenda', href: '/agenda' },
        { label: 'Atelier marketing territorial' },
      ],
    },
  },
  { name: 'Home only', props: { items: [{ label: 'Accueil' }] } },
];
