import type { ComponentExample } from '../../internal/types.js';
import type { KeyFigureProps } from './KeyFigure.js';

export const keyFigureExamples: ReadonlyArray<ComponentExample<KeyFigureProps>> = [
  { name: 'Years', props: { value: 6, unit: 'ans', label: 'de mandat' } },
  {
    name: 'Grouped thousands',
    description: 'Digits grouped with a narrow no-break space.',
    props: { value: 52560, unit: 'heures', label: 'pour agir sur le territoire' },
  },
  { name: 'Decimal', props: { value: 3.5, unit: '%', label: 'de croissance de l’emploi' } },
  {
    name: 'Without unit',
    description: 'A year: digits not grouped.',
    props: { value: 2017, useGrouping: false, label: 'création de la communauté d’agglomération' },
  },
];
