import type { OffreThematiqueContent } from './schema.js';

/** A tourism offer of the territory. */
export const offreThematiqueExample: OffreThematiqueContent = {
  axis: 'tourisme',
  kicker: 'Tourisme',
  title: 'Le marais audomarois en barque',
  text: 'Trois heures au fil des watergangs avec un guide du marais : maraîchage, faune et patrimoine d’un paysage unique, classé réserve de biosphère.',
  highlights: ['Départs de Saint-Omer et de Clairmarais', 'D’avril à octobre', 'Accessible en famille'],
  link: {
    url: 'https://www.tourisme-pays-de-saint-omer.example/barque',
    shortUrl: 'tourisme-pays-de-saint-omer.example/barque',
  },
};
