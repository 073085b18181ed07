import type { ChiffresClesContent } from './schema.js';

/** The seed's key figures of a mandate: "6 ans, 72 mois, 2 190 jours, 52 560 heures". */
export const chiffresClesExample: ChiffresClesContent = {
  kicker: 'Réussir son mandat',
  title: 'Le temps d’un mandat',
  figures: [
    { value: 6, unit: 'ans', label: 'pour tout faire' },
    { value: 72, unit: 'mois', label: 'pour ne rien rater' },
    { value: 2190, unit: 'jours', label: 'pour agir' },
    { value: 52560, unit: 'heures', label: 'pour s’interroger' },
  ],
  note: 'C’est le temps du mandat municipal et intercommunal.',
};
