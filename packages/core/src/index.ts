export { sha256, sweepTemporaries, writeChunksAtomic, writeFileAtomic } from './files.js';
export { hashFolder, inputFiles } from './folders.js';
export { stableStringify } from './json.js';
export {
  escapeMarkup,
  markupAttributes,
  rewriteSvgRoot,
  type SvgRootChange,
  type SvgRootTag,
  svgRootSize,
  svgRootTag,
  unescapeMarkup,
} from './markup.js';
export { mediaTypeOf } from './media-types.js';
export {
  BlasonError,
  type ErrorKind,
  fileFault,
  formatProblem,
  isBlasonError,
  type Problem,
  unknownValueMessage,
} from './problem.js';
