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
export type { NormalizedValue } from './resolve/normalize.js';
export type { TokenType } from './schema/values.js';
// The theme contract, also on its own browser-safe entry `@blason/tokens/theme`.
export * from './theme.js';
