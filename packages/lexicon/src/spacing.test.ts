import { describe, expect, test } from 'vitest';
import { frenchSpacing } from './spacing.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
/** Shows the spaces that matter: « ⍽ » for U+00A0, « ˽ » for U+202F. */
const shown = (text: string) => text.replaceAll(NBSP, '⍽').replaceAll(NNBSP, '˽');

describe('frenchSpacing', () => {
  test.each([
    [
      'assets/campaigns/x.yaml partners — « capso » ne signe pas cette campagne (partenaires : territoire) : rien n’est rendu pour lui',
      'assets/campaigns/x.yaml partners — «⍽capso⍽» ne signe pas cette campagne (partenaires⍽: territoire)⍽: rien n’est rendu pour lui',
    ],
    [
      'attention : le studio écoute sur 0.0.0.0 ; toute personne',
      'attention⍽: le studio écoute sur 0.0.0.0˽; toute personne',
    ],
    ['Vraiment ? Oui !', 'Vraiment˽? Oui˽!'],
    ['Vraiment ?!', 'Vraiment˽?!'],
    [
      'type incorrect (attendu : un objet (des champs nommés))',
      'type incorrect (attendu⍽: un objet (des champs nommés))',
    ],
    ['le caractère « : » du champ', 'le caractère «⍽:⍽» du champ'],
    ['« ; »', '«⍽;⍽»'],
    ['fin :', 'fin⍽:'],
    // the colon before an address is spaced, the address is not
    ['Blason Studio : http://127.0.0.1:4173/', 'Blason Studio⍽: http://127.0.0.1:4173/'],
    ['un « mot »,', 'un «⍽mot⍽»,'],
    // a partner's value quoted with its own spaces keeps them: only the space next to the mark changes
    ['valeur « a  b »', 'valeur «⍽a  b⍽»'],
    ['valeur «  a »', 'valeur «  a⍽»'],
  ])('%s', (from, to) => {
    expect(shown(frenchSpacing(from))).toBe(to);
  });

  test.each([
    // English: no « », no space before a colon
    'error: unknown option --frobnicate',
    'contrast 3.2:1 of color.text (#777) on color.surface is below 4.5:1',
    'invalid color "#zz": expected a hex value; see https://www.w3.org/TR/css-color-4/',
    // times, addresses, paths, code: the mark is not followed by a space
    'à 17:30 puis 17 :30',
    'voir http ://exemple.fr',
    'dans C :\\Users\\agent',
    'a !== b, a != b, a ::b',
    'assets/campaigns/fête !.yaml, Quoi ?.',
    'key: value, { "a": 1 }',
    // already right, or not after a word
    `attendu${NBSP}: «${NBSP}x${NBSP}»`,
    `quoi${NNBSP}?`,
    'deux  : espaces, une ligne\n: à part, «\nx\n»',
    '« ',
    '',
  ])('leaves %j alone', (text) => {
    expect(frenchSpacing(text)).toBe(text);
  });

  test('is idempotent', () => {
    const once = frenchSpacing('« x » : a ; b ! c ?');
    expect(frenchSpacing(once)).toBe(once);
  });
});
