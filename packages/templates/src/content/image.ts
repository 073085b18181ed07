import { fraction, object, text } from './fields.js';

export const focalPointSchema = object('Point focal', {
  x: fraction('Point focal, horizontal (0 = bord gauche, 1 = bord droit)'),
  y: fraction('Point focal, vertical (0 = haut, 1 = bas)'),
});

export const imageSchema = object('Image', {
  src: text('Fichier de l’image, relatif au fichier de campagne (ex. ../images/marais.jpg)', 240),
  alt: text('Description de l’image pour l’alternative textuelle', 200).optional(),
  focalPoint: focalPointSchema.default({ x: 0.5, y: 0.5 }),
});
