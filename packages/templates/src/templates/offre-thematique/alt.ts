import { nameAfter } from '@blason/tokens/theme';
import { drewField, photoAlt } from '../../scene/lead.js';
import { formatList, guillemets } from '../../text/french.js';
import type { TemplatePartner } from '../../theme.js';
import type { DrawnParts } from '../../types.js';
import type { OffreThematiqueContent } from './schema.js';

export function offreThematiqueAlt(
  content: OffreThematiqueContent,
  partner: TemplatePartner,
  drawn?: DrawnParts,
): string {
  // A photo-led square leaves the offer's text to its post: the description says what is drawn.
  const text = drewField(drawn, 'text') ? ` ${content.text}` : '';
  const parts = [`${content.kicker ?? 'Offre'}\u00a0: ${guillemets(content.title)}.${text}`];
  if (content.highlights && content.highlights.length > 0) parts.push(`${formatList(content.highlights)}.`);
  parts.push(...photoAlt(content, drawn));
  if (content.link && drewField(drawn, 'link.shortUrl'))
    parts.push(`En savoir plus sur ${content.link.shortUrl}.`);
  parts.push(`Visuel ${nameAfter(partner, 'de')}.`);
  return parts.join(' ');
}
