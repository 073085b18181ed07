import { defineTemplate } from '../../scene/define.js';
import { citationAlt } from './alt.js';
import { citationExample } from './example.js';
import { citationScene } from './scene.js';
import { type CitationContent, citationSchema } from './schema.js';

export type { CitationContent } from './schema.js';

export const citation = defineTemplate<CitationContent>({
  id: 'citation',
  label: 'Citation',
  description: 'Une citation et son attribution, éventuellement anonyme.',
  contentSchema: citationSchema,
  example: citationExample,
  scene: citationScene,
  altText: citationAlt,
});
