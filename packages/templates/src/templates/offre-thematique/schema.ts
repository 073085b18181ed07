import { z } from 'zod';
import {
  axisField,
  compositionField,
  cosignersField,
  object,
  shortUrl,
  text,
  url,
} from '../../content/fields.js';
import { imageSchema } from '../../content/image.js';
import { PHOTO_NEEDS_IMAGE } from '../../scene/lead.js';

const COLON = '\u00a0:';

export const offreThematiqueSchema = object('Offre thématique', {
  axis: axisField('Axe thématique de l’offre'),
  kicker: text('Surtitre (ex. le nom de l’axe, « Tourisme »)', 40).optional(),
  title: text('Titre de l’offre', 90),
  text: text('Présentation de l’offre', 240),
  highlights: z
    .array(text('Point fort', 60), { error: `Points forts${COLON} liste attendue` })
    .max(4, { error: `Points forts${COLON} quatre au plus` })
    .optional()
    .describe('Points forts (quatre au plus)'),
  link: object('Lien', {
    url: url('Adresse web de l’offre (encodée dans le QR code des affiches)'),
    shortUrl: shortUrl('Adresse courte affichée'),
  }).optional(),
  image: imageSchema.optional(),
  composition: compositionField(),
  cosigners: cosignersField(),
}).superRefine((value, ctx) => {
  if (value.composition === 'photo' && value.image === undefined) {
    ctx.addIssue({ code: 'custom', path: ['composition'], message: PHOTO_NEEDS_IMAGE });
  }
});

export type OffreThematiqueContent = z.output<typeof offreThematiqueSchema>;
