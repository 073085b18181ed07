export * from './browser.js';
export { displayPath, loadLexicon, readLexiconSources } from './node/load.js';
