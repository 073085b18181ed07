import type { ActualiteContent } from './schema.js';

/** A project announcement with a photo and its focal point. */
export const actualiteExample: ActualiteContent = {
  kicker: 'Projet',
  headline: 'Le marais audomarois se découvre autrement',
  text: 'Nouveaux pontons, itinéraires en barque et signalétique commune : l’office de tourisme et l’agglomération ouvrent le marais aux visiteurs dès le printemps.',
  image: {
    src: '../images/marais-aube.jpg',
    alt: 'Le marais audomarois à l’aube, entre les roseaux et l’eau calme.',
    focalPoint: { x: 0.62, y: 0.45 },
  },
  link: {
    url: 'https://www.tourisme-pays-de-saint-omer.example/marais',
    shortUrl: 'tourisme-pays-de-saint-omer.example/marais',
  },
};
