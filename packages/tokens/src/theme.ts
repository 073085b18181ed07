/**
 * `@blason/tokens/theme`: the resolved-theme contract, browser-safe. Templates, the render engine,
 * logos, Storybook and the studio type the theme, partners, formats and axes with these names and
 * never redeclare them. At run time this entry imports nothing but itself: no `node:*`, no Style
 * Dictionary, zod or colorjs.io (a test bundles it to check).
 */

export type { Brand } from './brand.js';
export type { BorderValue, ShadowLayer, TypographyValue } from './resolve/normalize.js';
export type { ResolvedToken } from './resolve/references.js';
export type { Cmyk } from './schema/extensions.js';
export type { AxisMeta, PartnerMeta } from './schema/metadata.js';
export { type NamePreposition, nameAfter } from './schema/partner-name.js';
export { contrastRatio } from './theme/contrast.js';
export { PRINT_MODE, type ThemeMedium } from './theme/modes.js';
export { semanticGroups } from './theme/semantic.js';
export type {
  AxisColors,
  FormatTokens,
  Hex,
  PrintFormatTokens,
  ResolvedTheme,
  ScreenFormatTokens,
  ThemePrint,
} from './theme/theme.js';

import type { semanticGroups } from './theme/semantic.js';
import type { ResolvedTheme } from './theme/theme.js';

/** Steps of the type scale (`font.size.*`), smallest to largest. */
export type FontSizeStep = (typeof semanticGroups)['font.size']['names'][number];
/** Text styles of the theme (`text.*`). */
export type TextRole = keyof ResolvedTheme['text'];
/** A thematic axis id: brand data (`axes/axes.json`), so any string the brand declares. */
export type AxisId = string;
