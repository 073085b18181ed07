export {
  analyzeBrand,
  type Brand,
  type BrandAnalysis,
  loadBrand,
  type ResolvedPermutation,
} from './brand.js';
export {
  type BuildTokensOptions,
  type BuildTokensResult,
  type BuiltFile,
  type BuiltFileKind,
  buildTokens,
  prepareTokensBuild,
  type TokensBuilder,
} from './build/build.js';
export { checkTokens } from './check/check.js';
export {
  type RecordReleaseOptions,
  type RecordReleaseResult,
  recordRelease,
} from './check/record-release.js';
export type { BorderValue, NormalizedValue, ShadowLayer, TypographyValue } from './resolve/normalize.js';
export type { ResolvedToken } from './resolve/references.js';
export type { Cmyk } from './schema/extensions.js';
export type { AxisMeta, PartnerMeta } from './schema/metadata.js';
export { type NamePreposition, nameAfter } from './schema/partner-name.js';
export type { TokenType } from './schema/values.js';
export { contrastRatio } from './theme/contrast.js';
export { PRINT_MODE, type ThemeMedium } from './theme/modes.js';
export type {
  AxisColors,
  FormatTokens,
  Hex,
  PrintFormatTokens,
  ResolvedTheme,
  ScreenFormatTokens,
  ThemePrint,
} from './theme/theme.js';
