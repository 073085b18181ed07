import { defineTemplate } from '../../scene/define.js';
import { evenementAlt } from './alt.js';
import { evenementExample } from './example.js';
import { evenementScene } from './scene.js';
import { type EvenementContent, evenementSchema } from './schema.js';

export type { EvenementContent } from './schema.js';

export const evenement = defineTemplate<EvenementContent>({
  id: 'evenement',
  label: 'Événement',
  description: 'Un événement ou une journée de formation\u00a0: titre, date, lieu et inscription.',
  contentSchema: evenementSchema,
  example: evenementExample,
  scene: evenementScene,
  altText: evenementAlt,
});
