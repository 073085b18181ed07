import type { LogoOrientation, LogoVariant } from './types.js';

/** French quotation marks with the narrow no-break spaces French typography puts inside them. */
export function quoted(text: string): string {
  return `«\u202f${text}\u202f»`;
}

const VARIANT_LABELS: Record<LogoVariant, string> = {
  colour: 'en couleur',
  black: 'en noir',
  reversed: 'en négatif (blanc), à poser sur la couleur de la marque',
};

const ORIENTATION_LABELS: Record<LogoOrientation, string> = {
  horizontal: 'horizontal',
  vertical: 'vertical',
};

/** French alternative text of a wordmark or lockup file. */
export function logoAlt(
  brand: string,
  partner: string | undefined,
  variant: LogoVariant,
  orientation?: LogoOrientation,
): string {
  if (!partner) return `Logotype ${quoted(brand)}, ${VARIANT_LABELS[variant]}`;
  const layout = orientation ? `, bloc ${ORIENTATION_LABELS[orientation]}` : '';
  return `Logotype ${quoted(brand)} associé à ${quoted(partner)}${layout}, ${VARIANT_LABELS[variant]}`;
}

export function usageSheetAlt(partner: string): string {
  return `Règles d’usage du logotype de ${quoted(partner)}\u00a0: versions, zone de protection, taille minimale et usages interdits`;
}
