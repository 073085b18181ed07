import { nameAfter } from '@blason/tokens/theme';
import { photoAlt } from '../../scene/lead.js';
import { guillemets } from '../../text/french.js';
import type { TemplatePartner } from '../../theme.js';
import type { DrawnParts } from '../../types.js';
import type { CitationContent } from './schema.js';

/** "Élue, autorité territoriale, anonyme" or "Marie Dupont, maire d’Arques". */
export function attributionText(content: CitationContent): string {
  const { name, role } = content.attribution;
  if (content.anonymous) return `${role}, anonyme`;
  return role ? `${name}, ${role}` : (name ?? '');
}

export function citationAlt(content: CitationContent, partner: TemplatePartner, drawn?: DrawnParts): string {
  const parts = [`Citation\u00a0: ${guillemets(content.quote)}, ${attributionText(content)}.`];
  if (content.context) parts.push(`${content.context}.`);
  parts.push(...photoAlt(content, drawn));
  parts.push(`Visuel ${nameAfter(partner, 'de')}.`);
  return parts.join(' ');
}
