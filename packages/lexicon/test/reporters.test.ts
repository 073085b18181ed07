import { beforeAll, describe, expect, test } from 'vitest';
import {
  countFindings,
  formatReport,
  githubReport,
  type Lexicon,
  type LintedFile,
  lintText,
  loadLexicon,
  sarifReport,
  stylishReport,
} from '../src/index.js';

const lexiconDir = new URL('../../../tokens/lexicon', import.meta.url).pathname;
let lexicon: Lexicon;

beforeAll(async () => {
  lexicon = await loadLexicon({ lexiconDir });
});

/** Real findings: a name variant (error, fixable) and a discouraged term (warning, not fixable). */
function results(): LintedFile[] {
  return [
    {
      file: 'copy/bienvenue.txt',
      findings: lintText('Le Pays de St-Omer organise un workshop.\n', { lexicon }),
    },
    {
      file: 'copy/propre.txt',
      findings: lintText('Le Pays de Saint-Omer accueille ses habitants.\n', { lexicon }),
    },
  ];
}

describe('stylish', () => {
  test('groups findings by file, in French, with the totals', () => {
    const report = stylishReport(results());
    expect(report.split('\n')).toEqual([
      'copy/bienvenue.txt',
      expect.stringMatching(
        /^ {2}1:4 {5}erreur {8}Écrire «\u00A0Pays de Saint-Omer\u00A0».*\(name\/variant · pays-de-saint-omer\)$/u,
      ),
      expect.stringMatching(/^ {2}1:32 {4}avertissement .*\(term\/discouraged · /u),
      '',
      '✖ 2\u00A0problèmes (1\u00A0erreur, 1\u00A0avertissement, 0\u00A0info)',
      '  1\u00A0corrigeable avec --fix',
      '',
    ]);
    expect(report).not.toContain('propre.txt');
  });

  test('says so when there is nothing', () => {
    expect(stylishReport([{ file: 'a.txt', findings: [] }])).toBe('Aucun problème.\n');
  });
});

describe('GitHub', () => {
  test('one annotation per finding, with escaped properties and message', () => {
    const [first] = results();
    const finding = {
      ...(first?.findings[1] as NonNullable<typeof first>['findings'][number]),
      message: 'a: b,\nc 100%',
    };
    const report = githubReport([{ file: 'dossier:a,b.txt', findings: [finding] }]);
    expect(report).toBe(
      '::warning file=dossier%3Aa%2Cb.txt,line=1,col=32,endLine=1,endColumn=40,title=term/discouraged::a: b,%0Ac 100%25\n',
    );
  });

  test('prints nothing when there is nothing', () => {
    expect(githubReport([{ file: 'a.txt', findings: [] }])).toBe('');
  });
});

describe('SARIF', () => {
  test('one run with sorted rules, UTF-16 regions, fixes for safe fixes only', () => {
    const log = sarifReport(results());
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run?.tool.driver.rules.map((rule) => [rule.id, rule.name])).toEqual([
      ['name/variant', 'nameVariant'],
      ['term/discouraged', 'termDiscouraged'],
    ]);
    const [variant, term] = run?.results ?? [];
    expect(variant).toMatchObject({
      ruleId: 'name/variant',
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'copy/bienvenue.txt' },
            region: {
              startLine: 1,
              startColumn: 4,
              charOffset: 3,
              charLength: 15,
              snippet: { text: 'Pays de St-Omer' },
            },
          },
        },
      ],
      properties: { entryId: 'pays-de-saint-omer', suggestion: 'Pays de Saint-Omer' },
    });
    expect(variant?.fixes?.[0]?.artifactChanges[0]?.replacements[0]).toEqual({
      deletedRegion: { charOffset: 3, charLength: 15 },
      insertedContent: { text: 'Pays de Saint-Omer' },
    });
    expect(term?.level).toBe('warning');
    expect(term?.fixes).toBeUndefined();
  });

  test('standard input and Windows paths become URIs', () => {
    const [first] = results();
    const findings = first?.findings ?? [];
    const uris = sarifReport([
      { file: '<stdin>', findings },
      { file: 'copy\\é t.txt', findings },
    ]).runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set(['stdin', 'copy/%C3%A9%20t.txt']));
  });
});

test('formatReport picks the reporter; JSON and SARIF are byte-stable', () => {
  const all = results();
  expect(formatReport(all, 'stylish')).toBe(stylishReport(all));
  expect(formatReport(all, 'github')).toBe(githubReport(all));
  expect(JSON.parse(formatReport(all, 'sarif'))).toEqual(JSON.parse(JSON.stringify(sarifReport(all))));
  expect(formatReport(all, 'json')).toBe(formatReport(results(), 'json'));
  expect(JSON.parse(formatReport(all, 'json'))[0].file).toBe('copy/bienvenue.txt');
  expect(countFindings(all)).toEqual({ errors: 1, warnings: 1, infos: 0, fixable: 1 });
});
