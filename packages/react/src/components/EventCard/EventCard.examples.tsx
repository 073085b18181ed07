import type { ComponentExample } from '../../internal/types.js';
import { ThematicBadge } from '../ThematicBadge/ThematicBadge.js';
import type { EventCardProps } from './EventCard.js';

export const eventCardExamples: ReadonlyArray<ComponentExample<EventCardProps>> = [
  {
    name: 'Evening event',
    props: {
      title: 'Atelier marketing territorial',
      start: '2026-03-14T18:30:00+01:00',
      end: '2026-03-14T20:00:00+01:00',
      place: 'Maison du marais, Saint-Omer',
      registration: { href: '/agenda/atelier-marketing/inscription' },
      eyebrow: <ThematicBadge axis="economie" label="Économie" tone="subtle" />,
    },
  },
  {
    name: 'Training day over two days',
    props: {
      title: 'Stratégies d’attractivité territoriale',
      start: '2026-04-02',
      end: '2026-04-03',
      allDay: true,
      place: 'Longuenesse',
    },
  },
  {
    name: 'Without registration',
    props: { title: 'Marché de producteurs', start: '2026-05-09T09:00:00+02:00', place: 'Place Foch' },
  },
];
