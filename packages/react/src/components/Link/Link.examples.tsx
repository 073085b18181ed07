import type { ComponentExample } from '../../internal/types.js';
import type { LinkProps } from './Link.js';

export const linkExamples: ReadonlyArray<ComponentExample<LinkProps>> = [
  { name: 'Internal', props: { href: '/agenda', children: 'Voir l’agenda' } },
  {
    name: 'External',
    description: 'Opens in a new window and announces it.',
    props: { href: 'https://example.org', external: true, children: 'Site de l’office de tourisme' },
  },
];
