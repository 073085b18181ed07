import { z } from 'zod';
import { axisField, compositionField, cosignersField, object, text } from '../../content/fields.js';
import { imageSchema } from '../../content/image.js';
import { PHOTO_NEEDS_IMAGE } from '../../scene/lead.js';

const COLON = '\u00a0:';

export const citationSchema = object('Citation', {
  quote: text('Citation, sans guillemets', 320),
  attribution: object('Attribution', {
    name: text('Nom de la personne citée', 60).optional(),
    role: text('Fonction ou qualité (ex. « Élue, autorité territoriale »)', 90).optional(),
  }),
  anonymous: z
    .boolean({ error: `Anonyme${COLON} true ou false attendu` })
    .default(false)
    .describe('Citation anonyme : seule la qualité est affichée'),
  context: text('Contexte (ex. « Atelier marketing territorial, 2026 »)', 90).optional(),
  image: imageSchema.optional(),
  axis: axisField('Axe thématique de la citation (son pictogramme et sa couleur)').optional(),
  composition: compositionField(),
  cosigners: cosignersField(),
}).superRefine((value, ctx) => {
  if (value.composition === 'photo' && value.image === undefined) {
    ctx.addIssue({ code: 'custom', path: ['composition'], message: PHOTO_NEEDS_IMAGE });
  }
  const { name, role } = value.attribution;
  if (value.anonymous && name !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['attribution', 'name'],
      message: `Nom${COLON} doit être absent d’une citation anonyme`,
    });
  }
  if (!value.anonymous && name === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['attribution', 'name'],
      message: `Nom${COLON} obligatoire, sauf pour une citation anonyme (anonymous: true)`,
    });
  }
  if (value.anonymous && role === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['attribution', 'role'],
      message: `Fonction ou qualité${COLON} obligatoire pour une citation anonyme`,
    });
  }
});

export type CitationContent = z.output<typeof citationSchema>;
