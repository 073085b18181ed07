/**
 * `@blason/lexicon/lint`: what a lint command needs and nothing more — no glossary, no self-tests, and
 * the YAML parser and schema validator only when the lexicon has to be read again (see `cacheDir`).
 * Every name here is also exported by the main entry.
 */
export { channels } from './channels.js';
export { JsonSyntaxError } from './formats/json.js';
export type { Lexicon } from './lexicon.js';
export { unifiedDiff } from './lint/diff.js';
export type { Finding } from './lint/finding.js';
export { type FixResult, fixText, lintText } from './lint/lint.js';
export type { InputFormat, LintOptions } from './lint/options.js';
export { type LoadLexiconOptions, loadLexicon } from './node/load.js';
export * from './reporters/index.js';
export type { Channel } from './schema.js';
