export { logoAlt, usageSheetAlt } from './alt.js';
export {
  buildAllLogos,
  buildLogos,
  createLogoCache,
  LOGO_CAP_HEIGHT,
  LOGO_ORIENTATIONS,
  LOGO_VARIANTS,
  logoBaseName,
  logoSpecs,
} from './build.js';
export type { LogoSpec } from './drawn.js';
export { type InkBox, inkBox } from './ink.js';
export { drawLockup, type LockupArt } from './lockup.js';
export type { Memo as LogoCache } from './memo.js';
export { logoSvgProblems, titledSvg } from './svg-safety.js';
export type {
  BuildLogosOptions,
  BuildLogosResult,
  LogoEntry,
  LogoFormat,
  LogoKind,
  LogoOrientation,
  LogoRules,
  LogoVariant,
} from './types.js';
