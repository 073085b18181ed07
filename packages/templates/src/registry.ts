import { evenement } from './templates/evenement/index.js';
import type { TemplateDefinition, TemplateId } from './types.js';

/** Content type of each template. */
export interface TemplateContents {
  evenement: import('./templates/evenement/schema.js').EvenementContent;
}

export const templates = {
  evenement,
} satisfies Partial<{ [K in TemplateId]: TemplateDefinition<TemplateContents[K & keyof TemplateContents]> }>;
