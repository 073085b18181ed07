import { contentDate, encodeVectorPdf } from '@blason/print';
import type { LoadedFonts } from '@blason/render';
import type { LockupNames } from '@blason/templates';
import type { PartnerMeta, ResolvedTheme } from '@blason/tokens';
import { logoAlt } from './alt.js';
import type { LockupArt } from './lockup.js';
import type { Memo } from './memo.js';
import type { LogoOrientation, LogoVariant } from './types.js';

/** CSS pixels to PDF points. */
export const PX_TO_PT = 0.75;

/** One logo to draw: the shared wordmark (no orientation) or the partner lockup. */
export interface LogoSpec {
  readonly kind: 'wordmark' | 'lockup';
  readonly orientation: LogoOrientation;
  readonly variant: LogoVariant;
  readonly names: LockupNames;
}

export interface PartnerContext {
  readonly partner: PartnerMeta;
  readonly names: LockupNames;
  readonly screen: ResolvedTheme;
  readonly print: ResolvedTheme;
  readonly fonts: LoadedFonts;
  readonly partnerDir: string;
  readonly scales: readonly number[];
  readonly memo: Memo;
}

/** A logo drawn for screen (SVG, PNG) and for print (PDF, from the print mode's colours). */
export interface DrawnLogo {
  readonly spec: LogoSpec;
  readonly screen: LockupArt;
  readonly print: LockupArt;
}

export function altOf(context: PartnerContext, spec: LogoSpec): string {
  return logoAlt(
    spec.names.brand,
    spec.kind === 'lockup' ? context.partner.name : undefined,
    spec.variant,
    spec.kind === 'lockup' ? spec.orientation : undefined,
  );
}

/** The logo's CMYK PDF (encoded once per build: the usage sheet places these same files). */
export function pdfOfLogo(context: PartnerContext, logo: DrawnLogo): Promise<Uint8Array> {
  return logoPdf(context, logo.spec, logo.print, altOf(context, logo.spec));
}

/** The wordmark belongs to the shared brand: its PDF names the brand, so every partner shares it. */
function logoPdf(
  context: PartnerContext,
  spec: LogoSpec,
  art: LockupArt,
  title: string,
): Promise<Uint8Array> {
  const cmyk = (hex: string) => context.print.print.cmykOfHex(hex);
  const options = {
    svg: art.svg,
    widthPt: art.width * PX_TO_PT,
    heightPt: art.height * PX_TO_PT,
    cmyk,
    metadata: {
      title,
      subject: 'Logotype',
      author: spec.kind === 'wordmark' ? context.names.brand : context.partner.name,
      keywords: ['logotype', context.names.brand],
      lang: 'fr-FR',
    },
    date: contentDate(art.svg),
  };
  const colours = [...new Set(art.svg.match(/#[0-9a-f]{6}\b/gi) ?? [])].sort();
  const key = JSON.stringify([
    options.metadata,
    colours.map((hex) => [hex, cmyk(hex.toLowerCase())]),
    art.svg,
  ]);
  return context.memo.get('pdf', key, () => encodeVectorPdf(options));
}

/** The wordmark's ink width divided by its cap height H (the same in every logo of a brand). */
export function wordmarkPerCapHeight(logos: readonly DrawnLogo[]): number {
  const wordmark = logos.find((logo) => logo.spec.kind === 'wordmark')?.screen;
  if (!wordmark) throw new Error('wordmarkPerCapHeight: no wordmark was drawn');
  return (wordmark.width - 2 * wordmark.clearSpace) / wordmark.capHeight;
}
