import { describe, expect, it } from 'vitest';
import { validateContent } from '../../content/validate.js';
import { fixturePartners } from '../../test-support/fixture.js';
import { describeLayouts } from '../../test-support/suite.js';
import { chiffresCles } from './index.js';

const tourisme = fixturePartners[1] as (typeof fixturePartners)[number];

describe('chiffres-cles content', () => {
  it('accepts its example', () => {
    expect(validateContent(chiffresCles.contentSchema, chiffresCles.example).ok).toBe(true);
  });

  it('names the figure and field of each error', () => {
    const result = validateContent(chiffresCles.contentSchema, {
      title: 'Le temps d’un mandat',
      figures: [{ value: '2 190', label: 'jours' }, { value: 6 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['figures[0].value', 'Valeur\u00a0: nombre attendu (ex. 2190, sans espace ni unité), « 2 190 » reçu'],
      ['figures[1].label', 'Légende du chiffre\u00a0: champ obligatoire manquant'],
    ]);
  });

  it('takes one to four figures', () => {
    const figure = { value: 1, label: 'x' };
    const none = validateContent(chiffresCles.contentSchema, { title: 'T', figures: [] });
    const five = validateContent(chiffresCles.contentSchema, { title: 'T', figures: Array(5).fill(figure) });
    expect(none.ok ? '' : none.problems[0]?.message).toBe('Chiffres\u00a0: au moins un chiffre');
    expect(five.ok ? '' : five.problems[0]?.message).toBe('Chiffres\u00a0: quatre chiffres au plus');
  });

  it('formats numbers the French way in the layout and the alt text', () => {
    const alt = chiffresCles.altText(chiffresCles.example, tourisme);
    expect(alt).toContain('2\u202f190\u00a0jours pour agir');
    expect(alt).toContain('52\u202f560\u00a0heures pour s’interroger');
    expect(alt).toMatch(/^Chiffres clés «\u202fLe temps d’un mandat\u202f»\u00a0:/);
  });
});

describeLayouts(chiffresCles, {
  example: chiffresCles.example,
  'one figure': {
    title: 'Habitant·e·s du Pays de Saint-Omer',
    figures: [{ value: 105000, label: 'dans 68 communes' }],
  },
  'three figures': {
    title: 'L’attractivité en actes',
    figures: [
      { value: 4, unit: 'intercommunalités', label: 'fusionnées le 1er janvier 2017' },
      { value: 12, unit: 'ateliers', label: 'pour travailler ensemble' },
      { value: 3.5, unit: 'millions d’euros', label: 'investis dans le marais' },
    ],
  },
});
