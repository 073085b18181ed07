/**
 * Browser-safe render engine (no `node:*`): fonts from bytes, text fitting measured with satori,
 * glyph and remote-URL checks, copy checks, the composition of a template, SVG rendering. Storybook's
 * template gallery uses it directly; the Node pipeline (`index.ts`) adds files, images and workers.
 */

export { type ComposeRequest, type Composition, composeTemplate } from './engine/compose.js';
export {
  type CheckedCopy,
  type CopyLinter,
  checkCopy,
  type FieldFinding,
  type LintFinding,
  lexiconLinter,
  NO_LINT,
} from './engine/copy.js';
export { EngineError } from './engine/errors.js';
export { type FitRequest, type FitResult, fitText, type TextStyle, type TypeStep } from './engine/fit.js';
export {
  characterSet,
  type FontSource,
  type FontWeight,
  type LoadedFonts,
  loadFonts,
} from './engine/fonts.js';
export { codePointLabel, elementTexts, findMissingGlyphs, type TextField } from './engine/glyphs.js';
export { type CoverCrop, coverCrop, type FocalPoint, type ImageRef, imageRef } from './engine/image.js';
export { inlineSvgImages } from './engine/inline-svg.js';
export { base64, pictogramDataUri } from './engine/pictogram.js';
export { findRemoteUrls, isRemoteUrl, remoteUrlProblem } from './engine/remote.js';
export { type RenderSvgOptions, renderSvg, type SvgSize } from './engine/svg.js';
export {
  joinHyphenatedWords,
  NON_TEXT_KEYS,
  prepareContentText,
  textFields,
  WORD_JOINER,
} from './engine/text.js';
