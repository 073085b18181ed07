import type { Lexicon } from '../lexicon.js';
import type { Channel } from '../schema.js';

export type InputFormat = 'text' | 'markdown' | 'html' | 'json';

export interface LintOptions {
  readonly lexicon: Lexicon;
  /** Partner id: selects scoped entries and the inclusive-writing policy. */
  readonly partner?: string;
  readonly channel?: Channel;
  /** How to read the input; `text` by default. Markdown and HTML are linted on their text only. */
  readonly format?: InputFormat;
  /** Content field the text is destined for (length budgets from the lexicon). */
  readonly field?: string;
  /** Explicit length budget, in user-perceived characters; overrides the lexicon's. */
  readonly maxLength?: number;
  /** Internal document: acronyms are allowed without first mention. */
  readonly internal?: boolean;
  /** Only report findings from these lexicon entries (self-tests). */
  readonly only?: readonly string[];
}
