/**
 * Browser-safe render engine (no `node:*`): fonts from bytes, text fitting measured with satori,
 * glyph and remote-URL checks, copy checks, the composition of a template, SVG rendering.
 *
 * One visual, for the studio and Storybook's gallery: `renderVisualSvg({ brand, template, partner,
 * format, mode?, content, linter, fonts, file, brandName, pictogram?, textBlock?, photo? })`
 * validates the content, picks the mode (`visualMode`) and the copy's channel (`copyChannel`),
 * fixes and lints the copy, lays out and fits the text and returns the SVG with its alternative
 * text; problems are thrown as a `BlasonError` whose French `problems` name the field
 * (`content.title`). The Node pipeline (`index.ts`) runs `prepareVisual` and adds files, photos,
 * rasters, PDFs and workers.
 */

export {
  type ComposeRequest,
  type Composition,
  composeTemplate,
  type TextBlock,
} from './engine/compose.js';
export {
  type CheckedCopy,
  type CopyLinter,
  checkCopy,
  type FieldFinding,
  type LintFinding,
  lexiconLinter,
  NO_LINT,
} from './engine/copy.js';
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
export {
  copyChannel,
  formatMedium,
  type PreparedVisual,
  prepareVisual,
  renderVisualSvg,
  type VisualBrand,
  type VisualRequest,
  type VisualSvg,
  type VisualSvgRequest,
  validVisualContent,
  visualMode,
} from './engine/visual.js';
