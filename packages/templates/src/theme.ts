/**
 * The theme and partner as templates read them: parts of `@blason/tokens/theme`'s `ResolvedTheme`
 * and `PartnerMeta`, picked rather than redeclared, so the real objects fit without a cast and a
 * change to the tokens contract shows up here at compile time.
 */
import {
  type AxisColors,
  type FontSizeStep,
  type Hex,
  type PartnerMeta,
  type PrintFormatTokens,
  type ResolvedTheme,
  type ResolvedToken,
  type ScreenFormatTokens,
  semanticGroups,
  type TextRole,
  type TypographyValue,
} from '@blason/tokens/theme';

export type { AxisColors, FontSizeStep, Hex, PrintFormatTokens, ScreenFormatTokens, TextRole };

/** A thematic axis id, as the brand declares it in `axes/axes.json`. */
export type AxisId = string;

/**
 * The axes the offre-thématique content schema accepts. Content schemas are static today (one
 * per template, not per brand), so this list mirrors the sample brand's `axes/axes.json`; the theme
 * itself types axes by the brand's ids (`AxisId`).
 */
export const AXIS_IDS = [
  'economie',
  'innovation',
  'culture',
  'tourisme',
  'commerce',
  'vie-quotidienne',
] as const;

/** Type-scale steps of `font.size`, smallest to largest (the tokens contract's list). */
export const FONT_SIZE_STEPS: readonly FontSizeStep[] = semanticGroups['font.size'].names;

/** A text style of the theme (`text.*`). */
export type TextStyle = TypographyValue;

export type Insets = ScreenFormatTokens['safeZone'];

/** A step of the `space.*` scale, as a number (`space(frame, 4)`). */
export type SpaceStep = {
  [K in keyof TemplateTheme['space']]: K extends `${infer N extends number}` ? N : never;
}[keyof TemplateTheme['space']];

/** The groups of the resolved theme that templates draw with. */
export type TemplateTheme = Pick<
  ResolvedTheme,
  'color' | 'font' | 'text' | 'space' | 'radius' | 'border' | 'format' | 'logo'
> & {
  /** Every token by dotted path, for optional extras such as `logo.lockup.partnerNameScale`. */
  readonly tokens?: ReadonlyMap<string, Pick<ResolvedToken, 'normalized'>>;
};

/** An optional numeric token of the theme (`brand.grid.baseline`…), undefined when absent or not a finite number. */
export function themeNumber(theme: Pick<TemplateTheme, 'tokens'>, path: string): number | undefined {
  const value = theme.tokens?.get(path)?.normalized;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A partner who co-signs a campaign: its lockup goes in the co-branding strip. */
export type Cosigner = Pick<PartnerMeta, 'id' | 'name' | 'article' | 'shortName' | 'lockup'>;

/**
 * Partner metadata the templates print (names, website) — see `partners/<id>.partner.json` — and
 * the partners who co-sign the campaign with it, in the campaign's order (never itself nor the
 * shared brand; the renderer resolves them from `content.cosigners`).
 */
export type TemplatePartner = Pick<
  PartnerMeta,
  'id' | 'name' | 'article' | 'shortName' | 'website' | 'lockup'
> & { readonly cosigners?: readonly Cosigner[] };

/** The colours of a thematic axis; a clear error when the brand does not define it. */
export function axisColors(theme: Pick<TemplateTheme, 'color'>, axis: AxisId): AxisColors {
  const colors = theme.color.axis[axis];
  if (!colors) {
    throw new Error(
      `The theme has no colours for the axis "${axis}" (color.axis.${axis}.*): axes are ${Object.keys(theme.color.axis).join(', ')}`,
    );
  }
  return colors;
}
