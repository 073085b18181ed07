import { describe, expect, test } from 'vitest';
import { type Finding, frenchSpacing } from '../src/index.js';
import { useSampleLexicon } from './support/sample-lexicon.js';

describe('frenchSpacing and the sample lexicon', () => {
  const { lint } = useSampleLexicon();
  const spacing = (findings: readonly Finding[]) =>
    findings
      .filter((f) => /^typography\/(?:nbsp-colon|nnbsp-punctuation|guillemets)$/.test(f.ruleId))
      .map((f) => `${f.ruleId} ${f.found}`);

  test('what it writes, the linter accepts; what it was given, the linter flagged', () => {
    const message =
      'attention : « capso » ne signe pas cette campagne (partenaires : territoire) ; vérifiez ! Pourquoi ?';
    expect(spacing(lint(message))).toHaveLength(7);
    expect(spacing(lint(frenchSpacing(message)))).toEqual([]);
  });
});
