/**
 * The part of `@blason/tokens`' resolved theme and partner metadata that templates read.
 *
 * These are structural types: the real `ResolvedTheme` and `PartnerMeta` from `@blason/tokens`
 * (docs/TOKENS.md) are assignable to them, so templates accept the real objects while depending
 * only on the names they use.
 */

export type Hex = string;

export const AXIS_IDS = [
  'economie',
  'innovation',
  'culture',
  'tourisme',
  'commerce',
  'vie-quotidienne',
] as const;
export type AxisId = (typeof AXIS_IDS)[number];

/** Type-scale steps of `font.size`, smallest to largest. */
export const FONT_SIZE_STEPS = [
  'xs',
  'sm',
  'md',
  'lg',
  'xl',
  '2xl',
  '3xl',
  '4xl',
  '5xl',
  '6xl',
  '7xl',
] as const;
export type FontSizeStep = (typeof FONT_SIZE_STEPS)[number];

export type TextRole =
  | 'display'
  | 'headline'
  | 'title'
  | 'subtitle'
  | 'body'
  | 'bodySmall'
  | 'caption'
  | 'label'
  | 'figure';

export interface TextStyle {
  fontFamily: readonly string[] | string;
  fontWeight: number;
  fontSize: number;
  /** Unitless multiplier of the font size. */
  lineHeight: number;
  /** Pixels. */
  letterSpacing: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ScreenFormatTokens {
  width: number;
  height: number;
  safeZone: Insets;
}

/** Print formats in millimetres (`org.blason.unit: mm`). */
export interface PrintFormatTokens {
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  safeMargin: number;
}

export interface AxisColors {
  surface: Hex;
  onSurface: Hex;
  subtle: Hex;
  onSubtle: Hex;
}

export interface TemplateTheme {
  color: {
    text: Record<'default' | 'muted' | 'inverse' | 'link' | 'onBrand' | 'onAccent', Hex>;
    surface: Record<'default' | 'subtle' | 'raised' | 'inverse' | 'brand' | 'accent' | 'accentSubtle', Hex>;
    border: Record<'default' | 'strong' | 'subtle' | 'accent', Hex>;
    brand: Record<'default' | 'strong' | 'subtle', Hex>;
    accent: Record<'default' | 'strong' | 'subtle', Hex>;
    axis: Record<AxisId, AxisColors>;
  };
  font: {
    family: Record<'display' | 'body', readonly string[] | string>;
    weight: Record<'regular' | 'medium' | 'semibold' | 'bold' | 'extrabold', number>;
    size: Record<FontSizeStep, number>;
    lineHeight: Record<'tight' | 'snug' | 'normal' | 'relaxed', number>;
  };
  text: Record<TextRole, TextStyle>;
  space: Record<0 | 1 | 2 | 3 | 4 | 5 | 6 | 8 | 10 | 12 | 16 | 20 | 24, number>;
  radius: Record<'none' | 'sm' | 'md' | 'lg' | 'xl' | 'pill', number>;
  border: { width: Record<'thin' | 'medium' | 'thick', number> };
  format: Record<string, ScreenFormatTokens | PrintFormatTokens>;
  logo: {
    /** Multiple of the wordmark cap height H. */
    clearSpace: number;
    /** Minimum wordmark width: px on screen, mm in print. */
    minSize: { screen: number; print: number };
    /** Multiples of H. */
    lockup: { gap: number; dividerWidth: number };
  };
  /** Every token by dotted path (optional extras such as `logo.lockup.partnerNameScale`). */
  tokens?: ReadonlyMap<string, { normalized: unknown }>;
}

/** Partner metadata the templates print (names, website) — see `partners/<id>.partner.json`. */
export interface TemplatePartner {
  id: string;
  /** Official name. */
  name: string;
  shortName: string;
  website: string;
  /** The partner name as split on the co-branding lockup; empty for the shared brand itself. */
  lockup: { lines: readonly string[] };
}
