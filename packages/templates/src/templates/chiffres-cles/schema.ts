import { z } from 'zod';
import {
  axisField,
  compositionField,
  cosignersField,
  MISSING_FIELD,
  object,
  text,
} from '../../content/fields.js';
import { imageSchema } from '../../content/image.js';
import { PHOTO_NEEDS_IMAGE } from '../../scene/lead.js';

const COLON = '\u00a0:';

export const figureSchema = object('Chiffre', {
  value: z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `Valeur${COLON} ${MISSING_FIELD}`
          : `Valeur${COLON} nombre attendu (ex. 2190, sans espace ni unité), « ${String(issue.input)} » reçu`,
    })
    .finite()
    .describe('Valeur (nombre, mis en forme à la française : 2 190)'),
  unit: text('Unité (ex. « jours »)', 24).optional(),
  label: text('Légende du chiffre', 70),
});

export const chiffresClesSchema = object('Chiffres clés', {
  kicker: text('Surtitre (ex. « En chiffres »)', 40).optional(),
  title: text('Titre', 80),
  figures: z
    .array(figureSchema, {
      error: (issue) =>
        issue.input === undefined ? `Chiffres${COLON} ${MISSING_FIELD}` : `Chiffres${COLON} liste attendue`,
    })
    .min(1, { error: `Chiffres${COLON} au moins un chiffre` })
    .max(4, { error: `Chiffres${COLON} quatre chiffres au plus` })
    .describe('Chiffres clés (un à quatre)'),
  note: text('Phrase de conclusion ou source', 160).optional(),
  axis: axisField('Axe thématique des chiffres (son pictogramme)').optional(),
  image: imageSchema.optional(),
  composition: compositionField(),
  cosigners: cosignersField(),
}).superRefine((value, ctx) => {
  if (value.composition === 'photo' && value.image === undefined) {
    ctx.addIssue({ code: 'custom', path: ['composition'], message: PHOTO_NEEDS_IMAGE });
  }
});

export type ChiffresClesContent = z.output<typeof chiffresClesSchema>;
export type Figure = ChiffresClesContent['figures'][number];
