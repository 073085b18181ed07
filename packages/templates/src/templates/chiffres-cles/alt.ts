import { nameAfter } from '@blason/tokens/theme';
import { photoAlt } from '../../scene/lead.js';
import { formatNumber, guillemets } from '../../text/french.js';
import type { TemplatePartner } from '../../theme.js';
import type { DrawnParts } from '../../types.js';
import type { ChiffresClesContent, Figure } from './schema.js';

export function figureText(figure: Figure): string {
  return figure.unit ? `${formatNumber(figure.value)}\u00a0${figure.unit}` : formatNumber(figure.value);
}

/** "Chiffres clés « … » : 6 ans pour tout faire ; 72 mois pour … Visuel de …" */
export function chiffresClesAlt(
  content: ChiffresClesContent,
  partner: TemplatePartner,
  drawn?: DrawnParts,
): string {
  const figures = content.figures.map((f) => `${figureText(f)} ${f.label}`).join('\u202f; ');
  const parts = [`Chiffres clés ${guillemets(content.title)}\u00a0: ${figures}.`];
  if (content.note) parts.push(content.note);
  parts.push(...photoAlt(content, drawn));
  parts.push(`Visuel ${nameAfter(partner, 'de')}.`);
  return parts.join(' ');
}
