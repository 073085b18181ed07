export * from './browser.js';
export { type CheckLexiconOptions, checkLexicon } from './node/check.js';
export { displayPath, loadLexicon, readLexiconSources } from './node/load.js';
