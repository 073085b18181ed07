import type { ComponentExample } from '../../internal/types.js';
import type { HeadingProps } from './Heading.js';

export const headingExamples: ReadonlyArray<ComponentExample<HeadingProps>> = [
  { name: 'Level 1', props: { level: 1, children: 'Pays de Saint-Omer, territoire d’attractivité' } },
  { name: 'Level 2', props: { level: 2, children: 'Travailler ensemble' } },
  { name: 'Level 3', props: { level: 3, children: 'Ateliers des chargés de communication' } },
  { name: 'Level 4', props: { level: 4, children: 'Inscriptions et accès' } },
  {
    name: 'Level 2 sized as a title',
    description: 'The outline level and the visual size are independent.',
    props: { level: 2, size: 'title', children: 'Marketing territorial' },
  },
  {
    name: 'Display',
    description: 'The largest size, for a home page title; it shrinks on narrow screens.',
    props: { level: 1, size: 'display', children: 'Pays de Saint-Omer' },
  },
];
