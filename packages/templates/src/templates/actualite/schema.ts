import type { z } from 'zod';
import {
  axisField,
  compositionField,
  cosignersField,
  object,
  shortUrl,
  text,
  url,
} from '../../content/fields.js';
import { focalPointSchema, imageSchema } from '../../content/image.js';

export { focalPointSchema, imageSchema };

export const actualiteSchema = object('Actualité', {
  kicker: text('Surtitre (ex. « Projet », « Actualité »)', 40).optional(),
  headline: text('Titre', 100),
  text: text('Texte court (chapô)', 260),
  image: imageSchema,
  axis: axisField('Axe thématique de l’actualité (son pictogramme et sa couleur)').optional(),
  composition: compositionField(),
  link: object('Lien', {
    url: url('Adresse web de l’article (encodée dans le QR code des affiches)'),
    shortUrl: shortUrl('Adresse courte affichée'),
  }).optional(),
  cosigners: cosignersField(),
});

export type ActualiteContent = z.output<typeof actualiteSchema>;
