import { defineTemplate } from '../../scene/define.js';
import { chiffresClesAlt } from './alt.js';
import { chiffresClesExample } from './example.js';
import { chiffresClesScene } from './scene.js';
import { type ChiffresClesContent, chiffresClesSchema } from './schema.js';

export type { ChiffresClesContent, Figure } from './schema.js';

export const chiffresCles = defineTemplate<ChiffresClesContent>({
  id: 'chiffres-cles',
  label: 'Chiffres clés',
  description: 'Un à quatre chiffres clés avec leur unité et leur légende.',
  contentSchema: chiffresClesSchema,
  example: chiffresClesExample,
  scene: chiffresClesScene,
  altText: chiffresClesAlt,
});
