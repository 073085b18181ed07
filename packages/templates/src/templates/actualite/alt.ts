import { nameAfter } from '@blason/tokens/theme';
import type { TemplatePartner } from '../../theme.js';
import type { ActualiteContent } from './schema.js';

export function actualiteAlt(content: ActualiteContent, partner: TemplatePartner): string {
  const parts = [
    `${content.kicker ?? 'Actualité'}\u00a0: «\u202f${content.headline}\u202f». ${content.text}`,
  ];
  if (content.image.alt) parts.push(`Photo\u00a0: ${content.image.alt}`);
  if (content.link) parts.push(`En savoir plus sur ${content.link.shortUrl}.`);
  parts.push(`Visuel ${nameAfter(partner, 'de')}.`);
  return parts.join(' ');
}
