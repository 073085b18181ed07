import type { Problem } from '@blason/core';
import { expect, test } from 'vitest';
import { noticeLine, problemLine, spacedProblem } from './messages.js';

const french: Problem = {
  code: 'render/unknown-partners',
  file: 'assets/campaigns/fête !.yaml',
  line: 2,
  path: 'partners',
  message: 'partenaire inconnu « x »',
  expected: 'l’un de a, b ; ou « all »',
  language: 'fr',
};

test('a French problem line: its message and expectation spaced, its file and path as they are', () => {
  expect(problemLine(french)).toBe(
    'assets/campaigns/fête !.yaml:2 partners — partenaire inconnu «\u00A0x\u00A0» (attendu\u00A0: l’un de a, b\u202F; ou «\u00A0all\u00A0»)',
  );
  expect(noticeLine({ code: 'x', message: 'rien : vide' })).toBe('attention\u00A0: rien\u00A0: vide');
});

test('an English problem line is formatProblem’s, unchanged', () => {
  const english: Problem = {
    code: 'token/invalid',
    file: 'tokens/core.tokens.json',
    path: 'color.a',
    message: 'invalid color "#zz": see https://example.org/a:b',
    expected: 'a hex value',
  };
  expect(problemLine(english)).toBe(
    'tokens/core.tokens.json color.a — invalid color "#zz": see https://example.org/a:b (expected a hex value)',
  );
  expect(spacedProblem(english)).toEqual(english);
});

test('--json problems carry the message and expectation of their line', () => {
  expect(spacedProblem(french)).toEqual({
    ...french,
    message: 'partenaire inconnu «\u00A0x\u00A0»',
    expected: 'l’un de a, b\u202F; ou «\u00A0all\u00A0»',
  });
});
