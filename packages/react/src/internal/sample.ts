import type { PartnerIdentity, SharedBrand } from '../theme/types.js';

/**
 * A few partners of the sample brand (tokens/partners/*.partner.json) for examples and tests.
 * Components never read these: partners pass their own metadata.
 */
export const sampleBrand: SharedBrand = { name: 'Pays de Saint-Omer' };

export const samplePartners = {
  territoire: {
    id: 'territoire',
    name: 'Pays de Saint-Omer',
    shortName: 'Pays de Saint-Omer',
    website: 'https://www.pays-de-saint-omer.example',
    contact: 'Pays de Saint-Omer – marque d’attractivité partagée – bonjour@pays-de-saint-omer.example',
    lockup: { lines: [] },
  },
  capso: {
    id: 'capso',
    name: 'Communauté d’agglomération du Pays de Saint-Omer',
    shortName: 'CAPSO',
    website: 'https://www.capso.example',
    contact: 'Communauté d’agglomération du Pays de Saint-Omer – 62219 Longuenesse – contact@capso.example',
    lockup: { lines: ['Communauté d’agglomération', 'du Pays de Saint-Omer'] },
  },
  'office-tourisme': {
    id: 'office-tourisme',
    name: 'Office de tourisme du Pays de Saint-Omer',
    shortName: 'Office de tourisme',
    website: 'https://www.tourisme-pays-de-saint-omer.example',
    contact:
      'Office de tourisme du Pays de Saint-Omer – 62500 Saint-Omer – accueil@tourisme-pays-de-saint-omer.example',
    lockup: { lines: ['Office de tourisme'] },
  },
} as const satisfies Record<string, PartnerIdentity>;
