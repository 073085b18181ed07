export { sha256, writeFileAtomic } from './files.js';
export { stableStringify } from './json.js';
export { escapeMarkup, svgRootSize } from './markup.js';
export { BlasonError, type ErrorKind, formatProblem, isBlasonError, type Problem } from './problem.js';
