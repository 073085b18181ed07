import type { ComponentExample } from '../../internal/types.js';
import type { StackProps } from './Stack.js';

export const stackExamples: ReadonlyArray<ComponentExample<StackProps>> = [
  {
    name: 'Default',
    description: 'Blocks stacked with the default gap (space.4).',
    props: { children: [<p key="a">Premier bloc</p>, <p key="b">Deuxième bloc</p>] },
  },
  {
    name: 'Centred, large gap',
    props: {
      align: 'center',
      gap: 8,
      children: [<p key="a">Premier bloc</p>, <p key="b">Deuxième bloc</p>],
    },
  },
  {
    name: 'List',
    description: 'A list keeps its semantics, without bullets.',
    props: {
      as: 'ul',
      gap: { base: 2, md: 4 },
      children: [<li key="a">Ateliers</li>, <li key="b">Conférences</li>],
    },
  },
];
