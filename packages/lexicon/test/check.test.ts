import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLexicon, checkLexiconSources, loadLexicon } from '../src/index.js';

const lexiconDir = new URL('../../../tokens/lexicon', import.meta.url).pathname;

const check = (yaml: string, options = {}) =>
  checkLexiconSources([{ path: 'tokens/lexicon/test.lexicon.yaml', text: yaml }], options);

describe('checkLexicon', () => {
  test('the sample lexicon is clean: schema, self-tests, examples, contradictions, partners, prose', async () => {
    expect(await checkLexicon({ lexiconDir })).toEqual([]);
  });

  test('a schema problem names the file, the entry, the path and the line', () => {
    const problems = check(
      [
        'entries:',
        '  - id: workshop',
        '    kind: term',
        '    status: discuoraged',
        '    term: workshop',
      ].join('\n'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'lexicon/schema',
      file: 'tokens/lexicon/test.lexicon.yaml',
      path: 'entries[0].status',
      line: 4,
    });
    expect(problems[0]?.message).toContain('entry "workshop"');
  });

  test('a YAML syntax error names the file and line', () => {
    const problems = check('entries:\n  - id: a\n   kind: [term');
    expect(problems[0]).toMatchObject({ code: 'lexicon/syntax', file: 'tokens/lexicon/test.lexicon.yaml' });
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  test('duplicate ids are refused', () => {
    const problems = check(
      [
        'entries:',
        '  - { id: a, kind: term, status: preferred, term: atelier }',
        '  - { id: a, kind: term, status: preferred, term: réunion }',
      ].join('\n'),
    );
    expect(problems.map((p) => p.code)).toEqual(['lexicon/duplicate-id']);
  });

  test('a term both preferred and discouraged is a contradiction', () => {
    const problems = check(
      [
        'entries:',
        '  - { id: atelier, kind: term, status: preferred, term: atelier }',
        '  - { id: atelier-bad, kind: term, status: discouraged, term: Atelier, replacement: séance }',
      ].join('\n'),
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'lexicon/contradiction', path: 'entries[1] (atelier-bad)' }),
    ]);
  });

  test('a fix that re-triggers its own rule is rejected', () => {
    const problems = check(
      [
        'entries:',
        '  - { id: loop, kind: term, status: discouraged, term: atelier, replacement: atelier collaboratif, autofix: true }',
      ].join('\n'),
    );
    expect(problems.map((p) => p.code)).toContain('lexicon/fix-retriggers-itself');
  });

  test('a replacement flagged by another entry is rejected', () => {
    const problems = check(
      [
        'entries:',
        '  - { id: a, kind: term, status: discouraged, term: workshop, replacement: meeting }',
        '  - { id: b, kind: term, status: discouraged, term: meeting, replacement: réunion }',
      ].join('\n'),
    );
    expect(problems.map((p) => p.code)).toEqual(['lexicon/fix-retriggers']);
  });

  test('a replacement that breaks a typographic rule is rejected', () => {
    const problems = check(
      [
        'entries:',
        `  - { id: nl, kind: term, status: discouraged, term: newsletter, replacement: "lettre d'information", autofix: true }`,
        '  - { id: ap, kind: typography, rule: apostrophe, title: Apostrophe }',
      ].join('\n'),
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'lexicon/fix-retriggers', path: 'entries[0] (nl).replacement' }),
    ]);
  });

  test('a self-test that the rule does not satisfy fails the check', () => {
    const problems = check(
      [
        'entries:',
        '  - id: workshop',
        '    kind: term',
        '    status: discouraged',
        '    term: workshop',
        '    replacement: atelier',
        '    tests:',
        '      - { from: un workshop, to: un atelier }',
        '      - { pass: un workshop }',
        '      - { fail: un atelier }',
      ].join('\n'),
    );
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'lexicon/self-test entries[0] (workshop).tests[0]',
      'lexicon/self-test entries[0] (workshop).tests[1]',
      'lexicon/self-test entries[0] (workshop).tests[2]',
    ]);
    expect(problems[0]?.message).toContain('expected "un atelier"');
  });

  test('examples marked incorrect must be caught, correct ones must pass', () => {
    const problems = check(
      [
        'entries:',
        '  - id: workshop',
        '    kind: term',
        '    status: discouraged',
        '    term: workshop',
        '    examples:',
        '      - { text: un atelier, correct: false }',
        '      - { text: un workshop, correct: true }',
      ].join('\n'),
    );
    expect(problems.map((p) => p.code)).toEqual(['lexicon/example', 'lexicon/example']);
  });

  test('a verbatim text the linter itself rejects is a contradiction', () => {
    const problems = check(
      [
        'entries:',
        '  - { id: signature, kind: verbatim, category: tagline, text: "Notre workshop" }',
        '  - { id: workshop, kind: term, status: discouraged, term: workshop }',
      ].join('\n'),
    );
    expect(problems.map((p) => p.code)).toEqual(['lexicon/contradiction']);
  });

  test('unknown partners are reported when the partner list is known', () => {
    const problems = check(
      'entries:\n  - { id: a, kind: term, status: preferred, term: atelier, scope: { partners: [mairie] } }',
      { partners: ['capso'] },
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'lexicon/unknown-partner', expected: 'capso' }),
    ]);
  });

  test('the partner names of the lexicon match tokens/partners', async () => {
    const lexicon = await loadLexicon({ lexiconDir });
    const names = lexicon.entries.filter((entry) => entry.kind === 'name' && entry.partner);
    expect(names.length).toBe(6);
  });

  test('an empty or missing directory is a problem, not a crash', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'blason-lexicon-'));
    expect((await checkLexicon({ lexiconDir: empty }))[0]?.code).toBe('lexicon/empty');
    expect((await checkLexicon({ lexiconDir: join(empty, 'nope') }))[0]).toMatchObject({
      code: 'lexicon/missing',
      message: 'lexicon folder not found',
      expected: expect.stringContaining('--lexicon'),
    });
    await expect(loadLexicon({ lexiconDir: join(empty, 'nope') })).rejects.toMatchObject({
      problems: [{ code: 'lexicon/missing', file: expect.stringContaining('nope') }],
    });
    await writeFile(join(empty, 'bad.lexicon.json'), '{"entries": [{"id": "x"}]}');
    const [problem] = await checkLexicon({ lexiconDir: empty });
    expect(problem).toMatchObject({ code: 'lexicon/schema', path: 'entries[0].kind' });
    expect(problem?.file).toContain('bad.lexicon.json');
  });
});
