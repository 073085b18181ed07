import { beforeAll, describe, expect, test } from 'vitest';
import { fixText, JsonSyntaxError, type Lexicon, lintText, loadLexicon } from '../src/index.js';

const lexiconDir = new URL('../../../tokens/lexicon', import.meta.url).pathname;
let lexicon: Lexicon;

beforeAll(async () => {
  lexicon = await loadLexicon({ lexiconDir });
});

/** Every finding's range must hold exactly the text it reports. */
function expectRangesHoldFound(source: string, findings: ReturnType<typeof lintText>) {
  for (const finding of findings) {
    expect(source.slice(finding.offset, finding.offset + finding.length)).toBe(finding.found);
  }
}

describe('Markdown', () => {
  const source = [
    '# Le workshop du Pays de St-Omer',
    '',
    'Un `workshop` en code, un [lien vers le workshop](https://exemple.fr/workshop) et',
    '  une suite : *mise en avant*.',
    '',
    '```',
    'workshop : dans un bloc de code',
    '```',
    '',
    'Un caract\\*ère échappé puis un workshop.',
  ].join('\n');

  test('lints text nodes only, at their place in the file', () => {
    const findings = lintText(source, { lexicon, format: 'markdown' });
    expectRangesHoldFound(source, findings);
    const summary = findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.found}`);
    expect(summary).toEqual([
      '1:6 term/discouraged workshop',
      '1:18 name/variant Pays de St-Omer',
      '3:41 term/discouraged workshop',
      '4:12 typography/nbsp-colon  :',
      '10:32 term/discouraged workshop',
    ]);
  });

  test('punctuation after inline code or emphasis still needs its French space', () => {
    const text = 'Ouvrez `manifest.json` : il liste tout. Lisez **ceci** ; puis *cela* ! Enfin `a`:b.';
    const findings = lintText(text, { lexicon, format: 'markdown' });
    expectRangesHoldFound(text, findings);
    expect(findings.map((f) => f.ruleId)).toEqual([
      'typography/nbsp-colon',
      'typography/nnbsp-punctuation',
      'typography/nnbsp-punctuation',
    ]);
    expect(fixText(text, { lexicon, format: 'markdown' }).text).toBe(
      'Ouvrez `manifest.json`\u00A0: il liste tout. Lisez **ceci**\u202F; puis *cela*\u202F! Enfin `a`:b.',
    );
  });

  test('image alternative texts are linted too', () => {
    const image = 'Voir ![Les habitant.e.s au workshop](photo.jpg).';
    const findings = lintText(image, { lexicon, format: 'markdown' });
    expectRangesHoldFound(image, findings);
    expect(findings.map((f) => `${f.column} ${f.ruleId}`)).toEqual([
      '12 inclusive/middle-dot',
      '28 term/discouraged',
    ]);
  });

  test('fixes land in the file without touching the markup', () => {
    const fixed = fixText(source, { lexicon, format: 'markdown' }).text;
    expect(fixed).toContain('# Le workshop du Pays de Saint-Omer');
    expect(fixed).toContain('  une suite\u00A0: *mise en avant*.');
    expect(fixed).toContain('workshop : dans un bloc de code');
    expect(fixed).toContain('(https://exemple.fr/workshop)');
  });

  test('a finding across markup the parser drops is reported but not fixed', () => {
    const quote = '> Bienvenue au Pays de\n> St-Omer.\n';
    const [finding] = lintText(quote, { lexicon, format: 'markdown' });
    expect(finding).toMatchObject({ ruleId: 'name/variant', found: 'Pays de\n> St-Omer', fixable: false });
    expect(fixText(quote, { lexicon, format: 'markdown' }).text).toBe(quote);
  });
});

describe('HTML', () => {
  const source = [
    '<!doctype html><html lang="fr"><body>',
    '<p title="Le workshop">Rendez-vous au Pays de St&nbsp;Omer&nbsp;!</p>',
    '<script>const workshop = "Pays de St-Omer";</script>',
    '<p>Caf&eacute; et newsletter <code>newsletter</code></p>',
    '<img alt="Les habitant.e.s" src="a.png">',
    '</body></html>',
  ].join('\n');

  test('lints text nodes and prose attributes with positions in the original markup', () => {
    const findings = lintText(source, { lexicon, format: 'html' });
    expectRangesHoldFound(source, findings);
    const summary = findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.found}`);
    expect(summary).toEqual([
      '2:14 term/discouraged workshop',
      '2:39 name/variant Pays de St&nbsp;Omer',
      '2:59 typography/nnbsp-punctuation &nbsp;!',
      '4:19 term/discouraged newsletter',
      '5:15 inclusive/middle-dot habitant.e.s',
    ]);
  });

  test('punctuation after an inline element still needs its French space, not after a block', () => {
    const text = '<p>Voir <code>manifest.json</code> : tout. <em>Vite</em> !</p><p>a</p> : b';
    const findings = lintText(text, { lexicon, format: 'html' });
    expectRangesHoldFound(text, findings);
    expect(findings.map((f) => f.ruleId)).toEqual(['typography/nbsp-colon', 'typography/nnbsp-punctuation']);
  });

  test('fixes replace entities as a whole', () => {
    const fixed = fixText(source, { lexicon, format: 'html' }).text;
    expect(fixed).toContain('Rendez-vous au Pays de Saint-Omer\u202F!</p>');
    expect(fixed).toContain('<script>const workshop = "Pays de St-Omer";</script>');
    expect(fixed).toContain('alt="Les habitant·e·s"');
    expect(fixed).toContain('Caf&eacute; et lettre d’information <code>newsletter</code>');
  });

  test('a backslash is plain text in HTML, and a CRLF before a finding keeps it in place', () => {
    const text = '<p>C:\\\\dossier\r\n« Pays de Saint-Omer »</p>';
    const findings = lintText(text, { lexicon, format: 'html' });
    expectRangesHoldFound(text, findings);
    const fixed = fixText(text, { lexicon, format: 'html' }).text;
    const inner = 'C:\\\\dossier\r\n« Pays de Saint-Omer »';
    expect(fixed).toBe(`<p>${fixText(inner, { lexicon, format: 'plain' }).text}</p>`);
    expect(fixed).not.toBe(text);
    expect(fixText(fixed, { lexicon, format: 'html' }).text).toBe(fixed);
  });

  test('a fragment without <html> works too', () => {
    const findings = lintText('<p>un workshop</p>', { lexicon, format: 'html' });
    expect(findings[0]).toMatchObject({ line: 1, column: 7, found: 'workshop' });
  });
});

describe('JSON content files', () => {
  const source = `{
  "title": "Un workshop au Pays de St-Omer",
  "items": [{ "label": "52560 heures" }, { "label": "Caf\\u00e9 : ok" }],
  "count": 3,
  "url": "https://exemple.fr"
}`;

  test('lints string values with their JSON path and exact place', () => {
    const findings = lintText(source, { lexicon, format: 'json' });
    expectRangesHoldFound(source, findings);
    expect(findings.map((f) => `${f.path} ${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'title 2:16 term/discouraged',
      'title 2:28 name/variant',
      'items[0].label 3:25 typography/thousands',
      'items[1].label 3:63 typography/nbsp-colon',
    ]);
  });

  test('fixes keep the file valid JSON', () => {
    const fixed = fixText(source, { lexicon, format: 'json' }).text;
    const data = JSON.parse(fixed) as { title: string; items: { label: string }[] };
    expect(data.title).toBe('Un workshop au Pays de Saint-Omer');
    expect(data.items[0]?.label).toBe('52\u202F560 heures');
    expect(data.items[1]?.label).toBe('Café\u00A0: ok');
  });

  test('an entity-like text in a JSON string is plain text beside an escape', () => {
    const body = 'Dites "oui" &amp; venez : 2 190 places';
    const text = JSON.stringify({ body });
    const findings = lintText(text, { lexicon, format: 'json' });
    expectRangesHoldFound(text, findings);
    const fixed = JSON.parse(fixText(text, { lexicon, format: 'json' }).text) as { body: string };
    expect(fixed.body).toBe(fixText(body, { lexicon, format: 'plain' }).text);
    expect(fixed.body).not.toBe(body);
  });

  test('length budgets apply per field, by key name', () => {
    const long = JSON.stringify({ title: 'x'.repeat(70) });
    expect(lintText(long, { lexicon, format: 'json' }).map((f) => f.ruleId)).toEqual(['length/budget']);
  });

  test('invalid JSON is refused with its offset', () => {
    expect(() => lintText('{"title": "a",}', { lexicon, format: 'json' })).toThrow(JsonSyntaxError);
  });
});
