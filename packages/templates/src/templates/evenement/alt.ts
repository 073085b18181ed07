import { nameAfter } from '@blason/tokens/theme';
import { photoAlt } from '../../scene/lead.js';
import { formatDate, formatTimeRange, guillemets } from '../../text/french.js';
import type { TemplatePartner } from '../../theme.js';
import type { DrawnParts } from '../../types.js';
import type { EvenementContent } from './schema.js';

/** "Visuel de l’événement … : date, lieu. Inscription : … Publié par …" */
export function evenementAlt(
  content: EvenementContent,
  partner: TemplatePartner,
  drawn?: DrawnParts,
): string {
  const time = formatTimeRange(content.startTime, content.endTime);
  const when = time ? `${formatDate(content.date)}, ${time}` : formatDate(content.date);
  const where = content.address ? `${content.place}, ${content.address}` : content.place;
  const parts = [
    `${content.kicker ? `${content.kicker}\u00a0: ` : 'Événement\u00a0: '}${guillemets(content.title)}, le ${when}, ${where}.`,
  ];
  if (content.summary) parts.push(content.summary);
  parts.push(...photoAlt(content, drawn));
  if (content.registration) {
    const { label, shortUrl, deadline } = content.registration;
    const before = deadline ? ` avant le ${formatDate(deadline)}` : '';
    parts.push(`${label}${before} sur ${shortUrl}.`);
  }
  parts.push(`Visuel ${nameAfter(partner, 'de')}.`);
  return parts.join(' ');
}
