import { nameAfter } from '@blason/tokens/theme';
import { drewField, photoAlt } from '../../scene/lead.js';
import { guillemets } from '../../text/french.js';
import type { TemplatePartner } from '../../theme.js';
import type { DrawnParts } from '../../types.js';
import type { ActualiteContent } from './schema.js';

export function actualiteAlt(
  content: ActualiteContent,
  partner: TemplatePartner,
  drawn?: DrawnParts,
): string {
  const parts = [`${content.kicker ?? 'Actualité'}\u00a0: ${guillemets(content.headline)}. ${content.text}`];
  parts.push(...photoAlt(content, drawn));
  // Wide formats leave the link to the post's text.
  if (content.link && drewField(drawn, 'link.shortUrl'))
    parts.push(`En savoir plus sur ${content.link.shortUrl}.`);
  parts.push(`Visuel ${nameAfter(partner, 'de')}.`);
  return parts.join(' ');
}
