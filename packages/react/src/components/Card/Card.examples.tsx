import type { ComponentExample } from '../../internal/types.js';
import { Tag } from '../Tag/Tag.js';
import { Text } from '../Text/Text.js';
import { ThematicBadge } from '../ThematicBadge/ThematicBadge.js';
import type { CardProps } from './Card.js';

const pixel = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

export const cardExamples: ReadonlyArray<ComponentExample<CardProps>> = [
  {
    name: 'Text',
    props: {
      title: 'Une identité commune',
      children: <Text>Des codes graphiques et lexicaux partagés par tous les partenaires.</Text>,
    },
  },
  {
    name: 'Linked, with axis',
    description: 'The whole card is a link named by its title.',
    props: {
      title: 'S’implanter au Pays de Saint-Omer',
      href: '/economie/s-implanter',
      eyebrow: <ThematicBadge axis="economie" label="Économie" />,
      children: <Text>Foncier, accompagnement, recrutement : l’offre des partenaires.</Text>,
    },
  },
  {
    name: 'With image and footer',
    props: {
      title: 'Le marais audomarois',
      image: { src: pixel, alt: 'Barque sur un canal du marais au lever du jour' },
      footer: <Tag tone="accent">Nouveau</Tag>,
      children: <Text>Itinéraires en barque et à pied.</Text>,
    },
  },
];
