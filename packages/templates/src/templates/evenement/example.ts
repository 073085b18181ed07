import type { EvenementContent } from './schema.js';

/** A training day from the seeds ("11 – Penser son mandat sur 6 ans"). */
export const evenementExample: EvenementContent = {
  kicker: 'Journée de formation des élu·e·s',
  title: 'Penser son mandat sur 6 ans',
  date: '2027-03-18',
  startTime: '09:00',
  endTime: '17:00',
  place: 'Maison de l’agglomération',
  address: 'Saint-Omer',
  summary:
    'Projet, séquences, bilan\u00a0: une journée pour se doter d’une feuille de route à l’échelle du mandat et imaginer les outils qui mesurent l’évolution du territoire.',
  registration: {
    url: 'https://www.pays-de-saint-omer.example/formations/penser-son-mandat',
    shortUrl: 'pays-de-saint-omer.example/mandat',
    label: 'Inscrivez-vous',
  },
};
