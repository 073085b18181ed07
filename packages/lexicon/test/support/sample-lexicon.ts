import { beforeAll } from 'vitest';
import { fixText, type Lexicon, type LintOptions, lintText, loadLexicon } from '../../src/index.js';

export const lexiconDir = new URL('../../../../tokens/lexicon', import.meta.url).pathname;
export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/**
 * The sample brand's lexicon, loaded once before the tests of the file that calls this, with `lint`
 * and `fix` bound to it.
 */
export function useSampleLexicon() {
  const loaded: { lexicon?: Lexicon } = {};
  beforeAll(async () => {
    loaded.lexicon = await loadLexicon({ lexiconDir });
  });
  const lexicon = (): Lexicon => {
    if (!loaded.lexicon) throw new Error('the lexicon is loaded before the tests run');
    return loaded.lexicon;
  };
  return {
    lexicon,
    lint: (text: string, options: Partial<LintOptions> = {}) =>
      lintText(text, { lexicon: lexicon(), ...options }),
    fix: (text: string, options: Partial<LintOptions> = {}) =>
      fixText(text, { lexicon: lexicon(), ...options }).text,
  };
}
