import type { ComponentExample } from '../../internal/types.js';
import type { QuoteProps } from './Quote.js';

export const quoteExamples: ReadonlyArray<ComponentExample<QuoteProps>> = [
  {
    name: 'Attributed',
    props: {
      author: 'Claire Dumont',
      authorRole: 'chargée de l’attractivité',
      children: 'Travailler ensemble, c’est renoncer à une part de soi au bénéfice d’un commun.',
    },
  },
  {
    name: 'Anonymous',
    description: 'No author: the caption says the testimony is anonymous.',
    props: { children: 'Nos offres étaient illisibles ; elles parlent enfin d’une seule voix.' },
  },
];
