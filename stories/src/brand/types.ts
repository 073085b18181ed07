/**
 * The brand as the portal pages read it: the resolved themes of `@blason/tokens`, serialised for the
 * browser by `.storybook/brand-data.ts` (print CMYK and aliases as plain maps).
 */
import type {
  AxisMeta,
  Cmyk,
  Hex,
  PartnerMeta,
  PrintFormatTokens,
  ScreenFormatTokens,
  TypographyValue,
} from '@blason/tokens/theme';
import type { ThemeData } from '../../.storybook/brand-data.js';

export type { Cmyk, Hex };
export type TextStyle = TypographyValue;
export type ScreenFormat = ScreenFormatTokens;
export type PrintFormat = PrintFormatTokens;

export interface PortalTheme extends Omit<ThemeData, 'cmyk' | 'aliases'> {
  print: {
    /** CMYK (0–100) of a colour token, following aliases; undefined when the brand gives none. */
    cmyk(path: string): Cmyk | undefined;
  };
  /** The token a semantic token aliases (`color.accent.default` → `partner.accent.600`), if any. */
  aliasOf(path: string): string | undefined;
}

export type PortalPartner = PartnerMeta;
export type PortalAxis = Omit<AxisMeta, 'pictogramFile'>;

export interface PortalBrand {
  partners: readonly PortalPartner[];
  axes: readonly PortalAxis[];
  modes: readonly string[];
  defaults: { partner: string; mode: string };
  /** `$description` of a token, when the token files give one. */
  description(path: string): string | undefined;
  theme(partner: string, mode: string): PortalTheme;
}
