import { defineTemplate } from '../../scene/define.js';
import { offreThematiqueAlt } from './alt.js';
import { offreThematiqueExample } from './example.js';
import { offreThematiqueScene } from './scene.js';
import { type OffreThematiqueContent, offreThematiqueSchema } from './schema.js';

export type { OffreThematiqueContent } from './schema.js';

export const offreThematique = defineTemplate<OffreThematiqueContent>({
  id: 'offre-thematique',
  label: 'Offre thématique',
  description: 'Une offre d’un axe thématique, dans la couleur et avec le pictogramme de l’axe.',
  contentSchema: offreThematiqueSchema,
  example: offreThematiqueExample,
  scene: offreThematiqueScene,
  altText: offreThematiqueAlt,
});
