import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Finding, fixText, lintText, parseLexicon } from '../src/index.js';
import { NBSP, NNBSP, useSampleLexicon } from './support/sample-lexicon.js';

const sample = useSampleLexicon();
const { lint, fix } = sample;
const rules = (findings: readonly Finding[]) => findings.map((f) => f.ruleId);

describe('names', () => {
  test.each([
    ['Pays de St-Omer', 'Pays de Saint-Omer'],
    ['Pays de St Omer', 'Pays de Saint-Omer'],
    ['pays de saint omer', 'Pays de Saint-Omer'],
    ['Pays de St. Omer', 'Pays de Saint-Omer'],
    ['Pays  de Saint‑Omer', 'Pays de Saint-Omer'],
  ])('%s → %s', (variant, canonical) => {
    const [finding] = lint(`Bienvenue au ${variant} !`).filter((f) => f.ruleId === 'name/variant');
    expect(finding).toMatchObject({
      entryId: 'pays-de-saint-omer',
      found: variant,
      suggestion: canonical,
      column: 14,
    });
    expect(fix(`Bienvenue au ${variant}`)).toBe(`Bienvenue au ${canonical}`);
  });

  test('the canonical name, in capitals for titles, passes', () => {
    expect(lint('Le Pays de Saint-Omer.')).toEqual([]);
    expect(lint('PAYS DE SAINT-OMER')).toEqual([]);
  });

  test('the longest name wins: the town inside the brand name is not reported twice', () => {
    const findings = lint('Le Pays de St-Omer.');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.entryId).toBe('pays-de-saint-omer');
  });

  test('no-break spaces and the no-break hyphen keep the spelling; an en dash does not', () => {
    expect(lint(`Le Pays${NBSP}de${NNBSP}Saint\u2011Omer.`)).toEqual([]);
    expect(fix('Le Pays de Saint–Omer et Saint–Omer')).toBe('Le Pays de Saint-Omer et Saint-Omer');
  });

  test('apostrophes inside a name are part of its spelling', () => {
    const findings = lint("L’Agence d'urbanisme et de développement du Pays de Saint-Omer publie.");
    expect(findings.map((f) => f.entryId)).toContain('agence-urbanisme');
  });
});

describe('acronyms', () => {
  test('an acronym before the full name is reported once, with the full name as suggestion', () => {
    const findings = lint('La CAPSO innove. La CAPSO recrute.').filter((f) => f.ruleId.startsWith('name/'));
    expect(rules(findings)).toEqual(['name/acronym-first-mention']);
    expect(findings[0]?.suggestion).toBe('Communauté d’agglomération du Pays de Saint-Omer (CAPSO)');
  });

  test('an acronym followed by its full name in the same sentence introduces both', () => {
    const rulesOf = (text: string) => rules(lint(text, { only: ['capso'] }));
    expect(rulesOf('la CAPSO, Communauté d’agglomération du Pays de Saint-Omer, innove.')).toEqual([]);
    expect(rulesOf('La CAPSO innove. La Communauté d’agglomération du Pays de Saint-Omer aussi.')).toEqual([
      'name/acronym-first-mention',
    ]);
  });

  test('after the full name, or in an internal document, the acronym is free', () => {
    expect(
      lint('La Communauté d’agglomération du Pays de Saint-Omer (CAPSO) innove. La CAPSO recrute.'),
    ).toEqual([]);
    expect(lint('La CAPSO innove.', { internal: true })).toEqual([]);
  });

  test('the acronym is spelled in capitals', () => {
    expect(fix('la Capso', { internal: true })).toBe('la CAPSO');
  });

  test('an acronym outside its channels is refused', () => {
    const text = 'La Communauté de communes du Pays de Lumbres (CCPL) recrute.';
    expect(rules(lint(text, { channel: 'social' }))).toEqual(['name/acronym-channel']);
    expect(lint(text, { channel: 'web' })).toEqual([]);
  });
});

describe('terms', () => {
  test('a discouraged anglicism is reported with its replacement and reason, kept when unsafe', () => {
    const [finding] = lint('Inscrivez-vous au workshop du 12 mars.');
    expect(finding).toMatchObject({
      ruleId: 'term/discouraged',
      severity: 'warning',
      found: 'workshop',
      suggestion: 'atelier',
      fixable: false,
      entryId: 'workshop',
      line: 1,
      column: 19,
      endColumn: 27,
    });
    expect(finding?.message).toContain('préférer «\u00A0atelier\u00A0»');
    expect(fix('Inscrivez-vous au workshop du 12 mars.')).toBe('Inscrivez-vous au workshop du 12 mars.');
  });

  test('plural forms and case are kept', () => {
    expect(fix('Nos Newsletters et nos newsletters')).toBe(
      'Nos Lettres d’information et nos lettres d’information',
    );
    expect(fix('BEST PRACTICES')).toBe('BONNES PRATIQUES');
  });

  test('elided articles do not hide the word after them', () => {
    expect(lint('L’administrés', { only: ['administres'] })).toHaveLength(1);
    expect(lint("d'e-mail", { only: ['e-mail'] })).toHaveLength(1);
  });

  test('"email" is a term of its own', () => {
    expect(fix('Répondez par email ou par e-mail.')).toBe('Répondez par courriel ou par courriel.');
  });

  test('longest match wins: "e-mail" is one term, never "e-" + "mail"', () => {
    expect(fix('Envoyez un e-mail.')).toBe('Envoyez un courriel.');
    expect(rules(lint('Envoyez un mail.'))).toEqual(['term/discouraged']);
  });

  test('longest match wins with a custom lexicon: "gap pad" never fires inside "thermal gap pad"', () => {
    const custom = parseLexicon([
      {
        path: 'custom.lexicon.yaml',
        text: [
          'entries:',
          '  - { id: gap-pad, kind: term, status: forbidden, term: gap pad, replacement: pad }',
          '  - { id: thermal-gap-pad, kind: term, status: preferred, term: thermal gap pad }',
        ].join('\n'),
      },
    ]);
    expect(custom.problems).toEqual([]);
    const options = { lexicon: custom.lexicon };
    expect(lintText('a thermal gap pad', options)).toEqual([]);
    expect(lintText('a gap pad', options).map((f) => f.entryId)).toEqual(['gap-pad']);
  });

  test('a word only matches whole words', () => {
    expect(lint('Les mailings et le mailing', { only: ['mail'] })).toEqual([]);
  });
});

describe('verbatim texts', () => {
  test('an altered tagline is reported with a word diff', () => {
    const [finding] = lint('Pays de Saint-Omer, l’attractivité en partage').filter(
      (f) => f.ruleId === 'verbatim/altered',
    );
    expect(finding).toMatchObject({
      entryId: 'signature-territoire',
      found: 'Pays de Saint-Omer, l’attractivité en partage',
    });
    expect(finding?.diff).toContain('[-partage-]{+commun+}');
    expect(finding?.fixable).toBe(false);
  });

  test('the exact tagline passes, even inside a longer text', () => {
    expect(lint('Merci. Pays de Saint-Omer, l’attractivité en commun')).toEqual([]);
  });

  test('a key message quoted inside a sentence keeps its words, not its capital or final point', () => {
    const verbatim = (text: string) => lint(text).filter((f) => f.ruleId === 'verbatim/altered');
    expect(
      verbatim('Comment une identité partagée contribue à développer une politique d’attractivité ?'),
    ).toEqual([]);
    expect(
      verbatim('Comment une identité commune contribue à développer une politique d’attractivité ?'),
    ).toHaveLength(1);
    expect(verbatim('Ensemble, faire territoire')).toHaveLength(1);
    expect(verbatim('Ensemble, faire territoire !')).toHaveLength(1);
  });

  test('an ordinary sentence sharing the first word is not mistaken for the tagline', () => {
    expect(lint('Ensemble, nous structurons l’offre.', { only: ['signature-ensemble'] })).toEqual([]);
  });
});

describe('typography', () => {
  test.each([
    ['Priorité 1 : fédérer', `Priorité 1${NBSP}: fédérer`],
    ['Priorité 1: fédérer', `Priorité 1${NBSP}: fédérer`],
    ['Pourquoi ?', `Pourquoi${NNBSP}?`],
    [`Pourquoi${NBSP}?`, `Pourquoi${NNBSP}?`],
    ['Parce que!', `Parce que${NNBSP}!`],
    ['offre ; image', `offre${NNBSP}; image`],
    ['« Putain 2 ans »', `«${NBSP}Putain 2 ans${NBSP}»`],
    ['le “travailler ensemble”', `le «${NBSP}travailler ensemble${NBSP}»`],
    ["l'attractivité", 'l’attractivité'],
    ['Et pourtant...', 'Et pourtant…'],
    ['52560 heures', `52${NNBSP}560 heures`],
    ['2 190 jours', `2${NNBSP}190 jours`],
    ['la 2ème édition', 'la 2e édition'],
    ['la 1ère journée', 'la 1re journée'],
    ['le XIXème siècle', 'le XIXe siècle'],
    ['1 500,50 euros', `1${NNBSP}500,50 euros`],
    ['12345,67 euros', `12${NNBSP}345,67 euros`],
    [`«${NBSP}Il a dit "oui"${NBSP}»`, `«${NBSP}Il a dit “oui”${NBSP}»`],
  ])('%j → %j', (from, to) => {
    expect(fix(from)).toBe(to);
    expect(lint(to)).toEqual([]);
  });

  test.each([
    'Rendez-vous à 14:30.',
    'https://exemple.fr/page?id=3',
    'Au 1er janvier 2017, 4 intercommunalités',
    '62500 Saint-Omer',
    '6 ans, 72 mois',
    'Pi vaut 3,14159.',
    `Et…${NNBSP}!`,
    `l’arrêté n°${NBSP}12345, réf. 123456`,
    `«${NBSP}Il m’a dit “bonjour” hier${NBSP}»`,
  ])('leaves %j alone', (text) => {
    expect(lint(text).filter((f) => f.ruleId.startsWith('typography/'))).toEqual([]);
  });

  test('"1e" is reported with both ordinals, without a fix', () => {
    const [finding] = lint('le 1e janvier');
    expect(finding).toMatchObject({ ruleId: 'typography/ordinals', suggestion: '1er', fixable: false });
    expect(finding?.message).toContain('1re');
  });

  test('decomposed accents are read like composed ones', () => {
    expect(fix('la 2e\u0300me édition')).toBe('la 2e édition');
  });
});

describe('inclusive writing', () => {
  test('middle-dot policy: other points become U+00B7', () => {
    expect(fix('les habitant.e.s')).toBe('les habitant·e·s');
    expect(fix('les habitant‧e‧s')).toBe('les habitant·e·s');
    expect(fix('les agent·es')).toBe('les agent·e·s');
    expect(lint('les élu·e·s et les habitantes et habitants')).toEqual([]);
  });

  test('double flexion on official texts, spelled out from the lexicon', () => {
    expect(fix('Aux élu·e·s', { channel: 'official' })).toBe('Aux élues et élus');
    expect(fix('Habitant·e·s', { channel: 'official' })).toBe('Habitantes et habitants');
  });

  test('an unknown point form under double flexion is reported without a fix', () => {
    const [finding] = lint('les voisin·e·s', { channel: 'official' });
    expect(finding).toMatchObject({ ruleId: 'inclusive/double-flexion', fixable: false });
  });

  test('policy per partner and channel, including off', () => {
    expect(fix('les habitant·e·s', { partner: 'agence-urbanisme', channel: 'web' })).toBe(
      'les habitantes et habitants',
    );
    expect(lint('les habitant.e.s', { partner: 'agence-eco', channel: 'social' })).toEqual([]);
  });

  test('web and e-mail addresses, domain names and sentence ends are not inclusive forms', () => {
    const text =
      'Voir site.fr, visit.se, ville.ne, www.exemple.es, https://a.fr/les.e, contact@habitant.es et la fin.Le reste';
    // Only the missing space after the point is reported: "fin.Le" is a sentence end, not a point form.
    expect(rules(lint(text))).toEqual(['typography/space-after']);
    expect(fix(text)).toBe(text.replace('fin.Le', 'fin. Le'));
    expect(fix('les agent.es et les citoyen.ne.s')).toBe('les agent·e·s et les citoyen·ne·s');
    expect(rules(lint('C’est fini.le reste suit'))).toEqual([]);
    expect(fix('tou.te.s et chacun.e')).toBe('tou·te·s et chacun·e');
  });
});

describe('length budgets', () => {
  test('the overflow of a field is reported from the first character over budget', () => {
    const title = 'Un titre beaucoup trop long pour un visuel de réseau social, vraiment';
    const [finding] = lint(title, { field: 'title', channel: 'social' });
    expect(finding).toMatchObject({ ruleId: 'length/budget', severity: 'error', column: 41 });
    expect(finding?.message).toContain('40');
    expect(
      lint(title, { field: 'title', channel: 'web' }).filter((f) => f.ruleId === 'length/budget'),
    ).toHaveLength(1);
    expect(lint('Court', { field: 'title' })).toEqual([]);
  });

  test('nested content fields are budgeted by their name', () => {
    expect(lint('x'.repeat(41), { field: 'items[2].label' }).map((f) => f.ruleId)).toEqual(['length/budget']);
    expect(lint('x'.repeat(40), { field: 'items[2].label' })).toEqual([]);
  });

  test('graphemes count once: a decomposed accent is one character', () => {
    expect(lint('e\u0301te\u0301', { maxLength: 3 })).toEqual([]);
    expect(lint('e\u0301te\u0301s', { maxLength: 3 })).toHaveLength(1);
  });
});

describe('findings', () => {
  test('carry lines and columns across lines', () => {
    const [finding] = lint('Bonjour.\nUn workshop.');
    expect(finding).toMatchObject({ line: 2, column: 4, endLine: 2, endColumn: 12, offset: 12, length: 8 });
  });

  test('fixText is idempotent and reports what it applied', () => {
    const once = fixText('Le Pays de St-Omer : 52560 heures...', { lexicon: sample.lexicon() });
    expect(once.text).toBe(`Le Pays de Saint-Omer${NBSP}: 52${NNBSP}560 heures…`);
    expect(once.applied.map((f) => f.ruleId).sort()).toEqual([
      'name/variant',
      'typography/ellipsis',
      'typography/nbsp-colon',
      'typography/thousands',
    ]);
    expect(fixText(once.text, { lexicon: sample.lexicon() }).text).toBe(once.text);
  });
});

describe('ordinary prose from the case study', () => {
  const prose = readFileSync(new URL('./fixtures/seed-prose.txt', import.meta.url), 'utf8');
  const options = { partner: 'capso', channel: 'web' } as const;

  test('only what is wrong is reported', () => {
    const findings = lint(prose, options);
    const typography = findings.filter((f) => f.ruleId.startsWith('typography/'));
    for (const finding of typography) {
      expect(finding.found).toMatch(/^(?:['“”:]|« | [:;!?»]|\d{1,3}(?: \d{3})+)$/u);
    }
    expect(findings.filter((f) => !typography.includes(f)).map((f) => `${f.ruleId} ${f.found}`)).toEqual([
      'name/variant Communauté d’Agglomération du Pays de Saint-Omer',
      'term/discouraged lobbying',
      'term/discouraged place making',
      expect.stringMatching(/^verbatim\/altered 6 ans, 72 mois, 2 190 jours, 52 560 d’heures/u),
    ]);
  });

  test('after --fix, only what needs a human is left', () => {
    const findings = lint(fix(prose, options), options);
    expect(findings.map((f) => `${f.ruleId} ${f.entryId}`)).toEqual([
      'term/discouraged lobbying',
      'term/discouraged place-making',
      'verbatim/altered message-mandat',
    ]);
  });
});
