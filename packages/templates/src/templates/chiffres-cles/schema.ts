import { z } from 'zod';
import { cosignersField, object, text } from '../../content/fields.js';

const COLON = '\u00a0:';

export const figureSchema = object('Chiffre', {
  value: z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `Valeur${COLON} champ obligatoire manquant`
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
        issue.input === undefined
          ? `Chiffres${COLON} champ obligatoire manquant`
          : `Chiffres${COLON} liste attendue`,
    })
    .min(1, { error: `Chiffres${COLON} au moins un chiffre` })
    .max(4, { error: `Chiffres${COLON} quatre chiffres au plus` })
    .describe('Chiffres clés (un à quatre)'),
  note: text('Phrase de conclusion ou source', 160).optional(),
  cosigners: cosignersField(),
});

export type ChiffresClesContent = z.output<typeof chiffresClesSchema>;
export type Figure = ChiffresClesContent['figures'][number];
