/**
 * Browser-safe entry: parse a lexicon from text, lint and fix French copy, build the glossary in
 * memory. No `node:*` import anywhere below this file.
 */

export { type CheckOptions, checkLexiconSources, runSelfTest } from './check.js';
export { JsonSyntaxError } from './formats/json.js';
export {
  type Glossary,
  type GlossaryEntry,
  type GlossarySection,
  type GlossarySectionId,
  glossaryData,
} from './glossary/data.js';
export { glossaryHtml, searchKey } from './glossary/html.js';
export { glossaryMarkdown } from './glossary/markdown.js';
export {
  defaultPolicy,
  type EntrySource,
  type Lexicon,
  type LexiconSource,
  parseLexicon,
} from './lexicon.js';
export { inclusiveModeFor, inScope } from './lint/compile.js';
export { unifiedDiff } from './lint/diff.js';
export type { Finding } from './lint/finding.js';
export { type FixResult, fixText, lintText, segmentsOf } from './lint/lint.js';
export type { InputFormat, LintOptions } from './lint/options.js';
export { tokenize, type WordToken } from './lint/tokenize.js';
export * from './schema.js';
export { frenchSpacing } from './spacing.js';
