import type { CitationContent } from './schema.js';

/** The anonymous testimony of the seed, shortened. */
export const citationExample: CitationContent = {
  quote:
    'Je me suis rendue compte que notre diagnostic n’était pas précis, que notre projet ne pouvait donc pas l’être, et que l’attachement des habitants à leur territoire demandait aussi qu’ils en soient fiers, porteurs et ambassadeurs.',
  attribution: { role: 'Élue, autorité territoriale' },
  anonymous: true,
  context: 'Témoignage sur le marketing territorial',
};
