import type { CitationContent } from './schema.js';

/** The anonymous testimony of the seed, cut with […] to fit the lexicon's quote budget. */
export const citationExample: CitationContent = {
  quote:
    'Je me suis rendue compte que notre diagnostic n’était pas précis […] et que l’attachement des habitants à leur territoire de vie demandait aussi qu’ils en soient fiers, porteurs et ambassadeurs.',
  attribution: { role: 'Élue, autorité territoriale' },
  anonymous: true,
  context: 'Témoignage sur le marketing territorial',
};
