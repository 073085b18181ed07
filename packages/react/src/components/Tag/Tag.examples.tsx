import type { ComponentExample } from '../../internal/types.js';
import type { TagProps } from './Tag.js';

export const tagExamples: ReadonlyArray<ComponentExample<TagProps>> = [
  { name: 'Neutral', props: { children: 'Atelier' } },
  { name: 'Accent', props: { tone: 'accent', children: 'Nouveau' } },
  { name: 'Brand', props: { tone: 'brand', children: 'Pays de Saint-Omer' } },
  { name: 'Link', props: { href: '/agenda?type=atelier', children: 'Ateliers' } },
];
