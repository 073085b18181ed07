import { actualite } from './templates/actualite/index.js';
import { chiffresCles } from './templates/chiffres-cles/index.js';
import { citation } from './templates/citation/index.js';
import { evenement } from './templates/evenement/index.js';
import { offreThematique } from './templates/offre-thematique/index.js';
import { isTemplateId, type TemplateDefinition, type TemplateId } from './types.js';

/** Content type of each template. */
export interface TemplateContents {
  evenement: import('./templates/evenement/schema.js').EvenementContent;
  'chiffres-cles': import('./templates/chiffres-cles/schema.js').ChiffresClesContent;
  citation: import('./templates/citation/schema.js').CitationContent;
  actualite: import('./templates/actualite/schema.js').ActualiteContent;
  'offre-thematique': import('./templates/offre-thematique/schema.js').OffreThematiqueContent;
}

export const templates = {
  evenement,
  'chiffres-cles': chiffresCles,
  citation,
  actualite,
  'offre-thematique': offreThematique,
} satisfies { [K in TemplateId]: TemplateDefinition<TemplateContents[K]> };

/** A template by id, typed loosely for callers that hold content validated by its own schema. */
export function templateById(id: string): TemplateDefinition<unknown> | undefined {
  return isTemplateId(id) ? templates[id] : undefined;
}
