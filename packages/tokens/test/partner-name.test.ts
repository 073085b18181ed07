import { describe, expect, test } from 'vitest';
import { nameAfter } from '../src/schema/partner-name.js';

describe('nameAfter', () => {
  test.each([
    ['Communauté d’agglomération', 'la', 'de', 'de la Communauté d’agglomération'],
    ['Communauté d’agglomération', 'la', 'avec', 'avec la Communauté d’agglomération'],
    ['Office de tourisme', 'l’', 'de', 'de l’Office de tourisme'],
    ['Office de tourisme', 'l’', 'avec', 'avec l’Office de tourisme'],
    ['Pays de Saint-Omer', 'le', 'de', 'du Pays de Saint-Omer'],
    ['Pays de Saint-Omer', 'le', 'à', 'au Pays de Saint-Omer'],
    ['Marais audomarois', 'les', 'de', 'des Marais audomarois'],
    ['Marais audomarois', 'les', 'avec', 'avec les Marais audomarois'],
  ] as const)('%s (%s) after « %s »: %s', (name, article, preposition, expected) => {
    expect(nameAfter({ name, article }, preposition)).toBe(expected);
  });

  test('a name without an article is written as it is', () => {
    expect(nameAfter({ name: 'Saint-Omer' }, 'avec')).toBe('avec Saint-Omer');
  });
});
