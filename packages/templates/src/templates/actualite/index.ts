import { defineTemplate } from '../../scene/define.js';
import { actualiteAlt } from './alt.js';
import { actualiteExample } from './example.js';
import { actualiteScene } from './scene.js';
import { type ActualiteContent, actualiteSchema } from './schema.js';

export type { ActualiteContent } from './schema.js';

export const actualite = defineTemplate<ActualiteContent>({
  id: 'actualite',
  label: 'Actualité',
  description: 'Une actualité ou l’annonce d’un projet, avec une photo cadrée sur son point focal.',
  contentSchema: actualiteSchema,
  example: actualiteExample,
  scene: actualiteScene,
  altText: actualiteAlt,
});
