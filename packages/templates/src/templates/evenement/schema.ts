import type { z } from 'zod';
import {
  axisField,
  compositionField,
  cosignersField,
  isoDate,
  isoTime,
  object,
  shortUrl,
  text,
  url,
} from '../../content/fields.js';
import { imageSchema } from '../../content/image.js';
import { PHOTO_NEEDS_IMAGE } from '../../scene/lead.js';

export const registrationSchema = object('Inscription', {
  url: url('Adresse web d’inscription (encodée dans le QR code des affiches)'),
  shortUrl: shortUrl('Adresse courte affichée (ex. saint-omer.fr/inscription)'),
  label: text('Appel à s’inscrire (ex. « Inscrivez-vous »)', 32).default('Inscrivez-vous'),
  deadline: isoDate('Date limite d’inscription').optional(),
});

export const evenementSchema = object('Événement', {
  kicker: text('Surtitre (ex. « Journée de formation »)', 48).optional(),
  axis: axisField('Axe thématique de l’événement (son pictogramme et sa couleur)').optional(),
  title: text('Titre de l’événement', 90),
  date: isoDate('Date de l’événement'),
  startTime: isoTime('Heure de début').optional(),
  endTime: isoTime('Heure de fin').optional(),
  place: text('Lieu (ex. « Maison du marais »)', 70),
  address: text('Adresse ou commune', 90).optional(),
  summary: text('Présentation courte, affichée quand le format le permet', 220).optional(),
  registration: registrationSchema.optional(),
  image: imageSchema.optional(),
  composition: compositionField(),
  cosigners: cosignersField(),
}).superRefine((value, ctx) => {
  if (value.composition === 'photo' && value.image === undefined) {
    ctx.addIssue({ code: 'custom', path: ['composition'], message: PHOTO_NEEDS_IMAGE });
  }
  if (value.endTime !== undefined && value.startTime === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['startTime'],
      message: 'Heure de début\u00a0: obligatoire quand une heure de fin est donnée',
    });
  }
  if (value.startTime !== undefined && value.endTime !== undefined && value.endTime <= value.startTime) {
    ctx.addIssue({
      code: 'custom',
      path: ['endTime'],
      message: 'Heure de fin\u00a0: doit être après l’heure de début',
    });
  }
  if (value.registration?.deadline !== undefined && value.registration.deadline > value.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['registration', 'deadline'],
      message: 'Date limite d’inscription\u00a0: doit précéder la date de l’événement',
    });
  }
});

export type EvenementContent = z.output<typeof evenementSchema>;
