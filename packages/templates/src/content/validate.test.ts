import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { isoDate, MISSING_FIELD, text } from './fields.js';
import { fieldPath, fieldPathKeys, schemaIssues } from './validate.js';

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schemaIssues(schema, input);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('schemaIssues', () => {
  test('a text too long says by how many characters', () => {
    const [issue] = issuesOf(z.string().max(10), 'quinze lettres!');
    expect(issue?.message).toBe('texte trop long de 5 caractères');
    expect(issue?.expected).toBe('au plus 10 caractères');
    expect(issuesOf(z.string().max(3), 'abcd')[0]?.message).toBe('texte trop long de 1 caractère');
  });

  test('a list too long says by how many items, in plain singular and plural', () => {
    const [issue] = issuesOf(z.array(z.number()).max(1), [1, 2, 3]);
    expect(issue?.message).toBe('liste trop longue de 2 éléments');
    expect(issue?.expected).toBe('au plus 1 élément');
  });

  test('a format says what it looks like, not the name of a check', () => {
    const [regex] = issuesOf(z.string().regex(/^\d+$/), 'abc');
    expect(regex?.message).toBe('« abc » n’a pas la forme attendue');
    expect(regex?.expected).not.toMatch(/regex/);
    const [email] = issuesOf(z.email(), 'pas-une-adresse');
    expect(email?.expected).toBe('une adresse e-mail (ex. contact@exemple.fr)');
  });

  test('a group of fields is named without programming words', () => {
    const [issue] = issuesOf(z.object({ a: z.string() }), 'texte');
    expect(issue?.expected).toBe('des champs sous ce nom, un par ligne (nom : valeur)');
    expect(issue?.expected).not.toMatch(/objet/);
  });

  test('a field’s own message is not followed by what it already says, but an absent field is told its type', () => {
    const schema = z.object({ title: text('Titre', 10), date: isoDate('Date') });
    const byField = Object.fromEntries(
      issuesOf(schema, { title: 'quinze lettres !', date: '18/03/2027' }).map((i) => [i.path[0], i]),
    );
    expect(byField.title).toEqual({
      path: ['title'],
      message: 'Titre\u00a0: 10 caractères au plus (16 reçus)',
    });
    expect(byField.date?.expected).toBeUndefined();
    expect(byField.date?.message).toContain('date attendue au format AAAA-MM-JJ');
    const [missing] = issuesOf(schema, { date: '2027-03-18' });
    expect(missing).toEqual({
      path: ['title'],
      message: `Titre\u00a0: ${MISSING_FIELD}`,
      expected: 'un texte',
    });
  });

  test('a date in the right format but not in the calendar says what is wrong with it', () => {
    const schema = z.object({ date: isoDate('Date') });
    const message = (date: string) => issuesOf(schema, { date })[0]?.message;
    expect(message('2027-02-30')).toBe(
      'Date\u00a0: « 2027-02-30 » n’existe pas : février 2027 compte 28 jours',
    );
    expect(message('2028-02-30')).toBe(
      'Date\u00a0: « 2028-02-30 » n’existe pas : février 2028 compte 29 jours',
    );
    expect(message('2027-04-31')).toBe(
      'Date\u00a0: « 2027-04-31 » n’existe pas : avril 2027 compte 30 jours',
    );
    expect(message('2027-13-01')).toBe('Date\u00a0: « 2027-13-01 » n’existe pas : le mois va de 01 à 12');
    expect(message('2027-03-00')).toContain('mars 2027 compte 31 jours');
    expect(message('2027-3-18')).toContain('date attendue au format AAAA-MM-JJ');
    expect(schemaIssues(schema, { date: '2028-02-29' }).ok).toBe(true);
  });

  test('unknown fields agree in number', () => {
    expect(issuesOf(z.strictObject({}), { a: 1 })[0]?.message).toBe('champ inconnu : a');
    expect(issuesOf(z.strictObject({}), { a: 1, b: 2 })[0]?.message).toBe('champs inconnus : a, b');
  });
});

describe('fieldPathKeys', () => {
  test('reads back the keys fieldPath wrote', () => {
    const keys = ['content', 'figures', 1, 'label'];
    expect(fieldPath(keys)).toBe('content.figures[1].label');
    expect(fieldPathKeys('content.figures[1].label')).toEqual(keys);
    expect(fieldPathKeys('partners[0]')).toEqual(['partners', 0]);
  });
});
