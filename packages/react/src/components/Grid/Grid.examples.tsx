import type { ComponentExample } from '../../internal/types.js';
import { KeyFigure } from '../KeyFigure/KeyFigure.js';
import type { GridProps } from './Grid.js';

export const gridExamples: ReadonlyArray<ComponentExample<GridProps>> = [
  {
    name: 'Key figures, responsive',
    description: 'One column on small screens, two from md, four from lg.',
    props: {
      columns: { base: 1, md: 2, lg: 4 },
      children: [
        <KeyFigure key="a" value={6} unit="ans" label="de mandat" />,
        <KeyFigure key="b" value={72} unit="mois" label="de projets" />,
        <KeyFigure key="c" value={2190} unit="jours" label="pour agir" />,
        <KeyFigure key="d" value={52560} unit="heures" label="au service du territoire" />,
      ],
    },
  },
  {
    name: 'List of three',
    props: {
      as: 'ul',
      columns: 3,
      children: [<li key="a">Un</li>, <li key="b">Deux</li>, <li key="c">Trois</li>],
    },
  },
];
