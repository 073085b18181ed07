export * from './browser.js';
export { type CheckLexiconOptions, checkLexicon } from './node/check.js';
export { type BuildGlossaryOptions, buildGlossary } from './node/glossary.js';
export { displayPath, type LoadLexiconOptions, loadLexicon, readLexiconSources } from './node/load.js';
export * from './reporters/index.js';
