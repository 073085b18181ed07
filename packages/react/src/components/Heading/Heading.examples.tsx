import type { ComponentExample } from '../../internal/types.js';
import type { HeadingProps } from './Heading.js';

export const headingExamples: ReadonlyArray<ComponentExample<HeadingProps>> = [
  { name: 'Level 1', props: { level: 1, children: 'Pays de Saint-Omer, territoire d’attractivité' } },
  { name: 'Level 2', props: { level: 2, children: 'Travailler ensemble' } },
  { name: 'Level 3', props: { level: 3, children: 'Ateliers des chargés de communication' } },
  {
    name: 'Level 2 sized as a title',
    description: 'The outline level and the visual size are independent.',
    props: { level: 2, size: 'title', children: 'Marketing territorial' },
  },
];
