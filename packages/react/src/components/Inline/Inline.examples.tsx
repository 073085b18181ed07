import type { ComponentExample } from '../../internal/types.js';
import { Tag } from '../Tag/Tag.js';
import type { InlineProps } from './Inline.js';

export const inlineExamples: ReadonlyArray<ComponentExample<InlineProps>> = [
  {
    name: 'Tags',
    props: {
      children: [<Tag key="a">Ateliers</Tag>, <Tag key="b">Conférences</Tag>, <Tag key="c">Visites</Tag>],
    },
  },
  {
    name: 'List, spaced apart',
    props: {
      as: 'ul',
      justify: 'space-between',
      gap: 4,
      children: [<li key="a">Saint-Omer</li>, <li key="b">Lumbres</li>],
    },
  },
  {
    name: 'No wrap',
    props: { wrap: false, children: [<span key="a">6 ans</span>, <span key="b">72 mois</span>] },
  },
];
