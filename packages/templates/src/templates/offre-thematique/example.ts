import type { OffreThematiqueContent } from './schema.js';

/** A tourism offer of the territory, with its photo (photo-led except on the square format). */
export const offreThematiqueExample: OffreThematiqueContent = {
  axis: 'tourisme',
  kicker: 'Tourisme',
  title: 'Le marais audomarois en barque',
  text: 'Trois heures au fil des watergangs avec un guide du marais : maraîchage, faune et patrimoine d’un paysage unique, classé réserve de biosphère.',
  highlights: ['Départs de Saint-Omer et de Clairmarais', 'D’avril à octobre', 'Accessible en famille'],
  image: {
    src: '../images/marais-barque.jpg',
    alt: 'Une barque sur un watergang du marais audomarois, entre les roseaux et les parcelles maraîchères.',
    focalPoint: { x: 0.45, y: 0.62 },
  },
  link: {
    url: 'https://www.tourisme-pays-de-saint-omer.example/barque',
    shortUrl: 'tourisme-pays-de-saint-omer.example/barque',
  },
};
