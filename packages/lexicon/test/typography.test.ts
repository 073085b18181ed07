import { describe, expect, test } from 'vitest';
import { isCodeKey } from '../src/formats/json.js';
import type { Finding } from '../src/index.js';
import { NBSP, NNBSP, useSampleLexicon } from './support/sample-lexicon.js';

/**
 * French typography corner cases, after the Lexique des règles typographiques en usage à
 * l’Imprimerie nationale and typograf's rules (common/space/after*, common/punctuation/hellip and
 * delDoublePunctuation, common/nbsp/afterSectionMark…): each case is a real sentence, fixed or left.
 */
const sample = useSampleLexicon();
const { lint, fix } = sample;
const typography = (findings: readonly Finding[]) =>
  findings.filter((f) => f.ruleId.startsWith('typography/')).map((f) => `${f.ruleId} ${f.found}`);

/** Each case: what is written, what --fix makes of it, the rule that reports it. */
function fixes(cases: readonly (readonly [string, string, string])[]) {
  test.each(cases)('%j → %j (%s)', (from, to, rule) => {
    expect(lint(from).map((f) => f.ruleId)).toContain(`typography/${rule}`);
    const fixed = fix(from);
    expect(fixed).toBe(to);
    expect(fix(fixed)).toBe(fixed);
    expect(typography(lint(fixed))).toEqual([]);
  });
}

function leaves(texts: readonly string[]) {
  test.each(texts)('leaves %j alone', (text) => {
    expect(typography(lint(text))).toEqual([]);
    expect(fix(text)).toBe(text);
  });
}

describe('nested quotations: “ ” inside « »', () => {
  fixes([
    [
      'Le maire a déclaré : "Comme disait ma grand-mère, "on ne lâche rien" quoi qu’il arrive".',
      `Le maire a déclaré${NBSP}: «${NBSP}Comme disait ma grand-mère, “on ne lâche rien” quoi qu’il arrive${NBSP}».`,
      'quotes',
    ],
    [
      `«${NBSP}Elle m’a répondu «${NBSP}jamais${NBSP}» sans attendre${NBSP}», raconte l’élue.`,
      `«${NBSP}Elle m’a répondu “jamais” sans attendre${NBSP}», raconte l’élue.`,
      'quotes',
    ],
    [
      '“Il a crié “au feu” dans la salle des fêtes”, se souvient le gardien.',
      `«${NBSP}Il a crié “au feu” dans la salle des fêtes${NBSP}», se souvient le gardien.`,
      'quotes',
    ],
    [
      `«${NBSP}Le panneau disait "Marais fermé" ce matin-là${NBSP}».`,
      `«${NBSP}Le panneau disait “Marais fermé” ce matin-là${NBSP}».`,
      'quotes',
    ],
    [
      '"Notre devise, « ensemble », n’est pas un slogan", insiste le président.',
      `«${NBSP}Notre devise, “ensemble”, n’est pas un slogan${NBSP}», insiste le président.`,
      'quotes',
    ],
  ]);
  leaves([
    `«${NBSP}Il m’a dit “bonjour” hier${NBSP}», puis il est reparti.`,
    'Un écran de 27" suffit.',
    `Le titre «${NBSP}Marais${NBSP}» puis, plus loin, le titre «${NBSP}Pontons${NBSP}».`,
  ]);
  test('a blank line ends a quotation left open', () => {
    expect(fix('Il a dit "oui.\n\nPuis "non" et rien d’autre.')).toBe(
      `Il a dit "oui.\n\nPuis «${NBSP}non${NBSP}» et rien d’autre.`,
    );
  });
});

describe('a space after punctuation between two words', () => {
  fixes([
    [
      'La liste des achats:condensateurs et résistances.',
      `La liste des achats${NBSP}: condensateurs et résistances.`,
      'space-after',
    ],
    ['Il pâlissait;les autres riaient.', `Il pâlissait${NNBSP}; les autres riaient.`, 'space-after'],
    [
      'Il se leva?Voilà qui était inattendu.',
      `Il se leva${NNBSP}? Voilà qui était inattendu.`,
      'space-after',
    ],
    [
      'Quelle surprise!Les habitants sont venus.',
      `Quelle surprise${NNBSP}! Les habitants sont venus.`,
      'space-after',
    ],
    [
      'Les élus,les habitants et les associations.',
      'Les élus, les habitants et les associations.',
      'space-after',
    ],
    [
      'La réunion a pris fin.Les échanges reprendront lundi.',
      'La réunion a pris fin. Les échanges reprendront lundi.',
      'space-after',
    ],
    ['Et puis…plus rien.', 'Et puis… plus rien.', 'space-after'],
  ]);
  leaves([
    'Rendez-vous à 17:30 devant la mairie.',
    'Les visuels sont au format 3:2 et 16:9.',
    'Le taux passe de 3,5 à 4,2.',
    'Écrivez à contact@capso.fr ou sur https://www.ca-pso.fr/agenda?mois=mai,juin.',
    `Écrivez-nous${NBSP}: mailto:contact@capso.fr ou tel:+33321987654.`,
    'Ouvrez `config:prod` puis le fichier manifest.json.',
    'La clé api_key:valeur et std::vector restent telles quelles.',
    'M.Dupont et p.ex. les élus.',
    'Le site ville.fr/page et le dossier C:\\Dossiers\\Marais.',
  ]);
});

describe('ellipsis and abbreviations', () => {
  fixes([
    ['Les élus, les agents, etc... sont invités.', 'Les élus, les agents, etc. sont invités.', 'ellipsis'],
    ['Les élus, les agents, etc… sont invités.', 'Les élus, les agents, etc. sont invités.', 'ellipsis'],
    ['Et pourtant.... rien ne bougea.', 'Et pourtant… rien ne bougea.', 'ellipsis'],
    ['Et pourtant......', 'Et pourtant…', 'ellipsis'],
    ['Et pourtant…. Rien.', 'Et pourtant… Rien.', 'ellipsis'],
    [
      'Les élus,, les agents et les habitants.',
      'Les élus, les agents et les habitants.',
      'doubled-punctuation',
    ],
    [`La forêt${NNBSP};; le marais.`, `La forêt${NNBSP}; le marais.`, 'doubled-punctuation'],
    // Found by the fuzz test: a run of one mark before another mark is doubled too.
    ['Les élus,,: les agents.', `Les élus,${NBSP}: les agents.`, 'doubled-punctuation'],
    ['Les élus,,; les agents.', `Les élus,${NNBSP}; les agents.`, 'doubled-punctuation'],
  ]);
  test('doubled punctuation is an error', () => {
    expect(lint('Les élus,, les agents.')).toContainEqual(
      expect.objectContaining({ ruleId: 'typography/doubled-punctuation', severity: 'error' }),
    );
  });
  test('two dots are reported without a fix: a point or an ellipsis, only the author knows', () => {
    const [finding] = lint('Fin de la réunion..');
    expect(finding).toMatchObject({ ruleId: 'typography/doubled-punctuation', fixable: false });
    expect(fix('Fin de la réunion..')).toBe('Fin de la réunion..');
  });
  leaves(['Et pourtant… rien.', 'Voir ../docs/guide.md pour la suite.', 'Les élus, les agents, etc.']);
});

describe('units and signs stay with their number', () => {
  fixes([
    ['Une hausse de 12% en un an.', `Une hausse de 12${NBSP}% en un an.`, 'units'],
    ['Une hausse de 12 % en un an.', `Une hausse de 12${NBSP}% en un an.`, 'units'],
    ['Un budget de 1 500 € par commune.', `Un budget de 1${NNBSP}500${NBSP}€ par commune.`, 'units'],
    ['Il coûte 20€ seulement.', `Il coûte 20${NBSP}€ seulement.`, 'units'],
    ['Il fait 20 °C au marais.', `Il fait 20${NBSP}°C au marais.`, 'units'],
    ['Une boucle de 15 km à vélo.', `Une boucle de 15${NBSP}km à vélo.`, 'units'],
    ['Ouverture à 17 h 30 précises.', `Ouverture à 17${NBSP}h${NBSP}30 précises.`, 'units'],
    ['Une centrale de 3 MW.', `Une centrale de 3${NBSP}MW.`, 'units'],
    ['Voir le § 3 du règlement.', `Voir le §${NBSP}3 du règlement.`, 'units'],
    ['L’arrêté n°12 du maire.', `L’arrêté n°${NBSP}12 du maire.`, 'units'],
  ]);
  leaves([
    `Une hausse de 12${NBSP}% et de 3${NNBSP}%.`,
    'Une pente de 45° et un rendez-vous à 17h30.',
    'Les 2 l’ont dit, les 3 m’ont écrit.',
    'Le lien https://exemple.fr/a%20b reste tel quel.',
    'La 5G arrive en 2026 sur 4 communes.',
  ]);
});

describe('identifiers are not numbers', () => {
  leaves([
    'SIRET 200 068 146 00016.',
    'SIREN 200068146.',
    `SIREN${NBSP}: 200068146.`,
    '62500 Saint-Omer.',
    `Code postal${NBSP}: 62500.`,
    'Tél. 0321987654 ou +33 321 987 654.',
    'Numéro vert 0 800 123 456.',
    'Référence 004512 et code 00123.',
    'Suivez #PaysDeSaintOmer2026 et #2026.',
    `Le dossier n°${NBSP}123456.`,
  ]);
  test('a social handle stays as typed and is not a first mention of an acronym', () => {
    expect(lint('Suivez @capso et @CAPSO sur les réseaux.', { channel: 'social' })).toEqual([]);
    expect(fix('Suivez @capso et @CAPSO sur les réseaux.')).toBe('Suivez @capso et @CAPSO sur les réseaux.');
    // The same word outside a handle is still read.
    expect(lint('La capso lance un appel.', { channel: 'social' }).map((f) => f.ruleId)).toContain(
      'name/acronym-case',
    );
  });
  test('quantities are still grouped', () => {
    expect(fix('Nous avons accueilli 52560 visiteurs et 2 190 élèves.')).toBe(
      `Nous avons accueilli 52${NNBSP}560 visiteurs et 2${NNBSP}190 élèves.`,
    );
  });
  test('string values under code-like keys in JSON are neither linted nor rewritten', () => {
    const json = JSON.stringify({
      partnerId: 'capso',
      siret: '20006814600016',
      postal_code: '62500',
      'site-url': 'https://exemple.fr/a,b',
      phone: '0321987654',
      hashtag: '#marais',
      title: 'Une hausse de 12% : 52560 visiteurs',
    });
    const findings = lint(json, { format: 'json' });
    expect(new Set(findings.map((f) => f.path))).toEqual(new Set(['title']));
    expect(JSON.parse(fix(json, { format: 'json' }))).toMatchObject({
      siret: '20006814600016',
      postal_code: '62500',
      title: `Une hausse de 12${NBSP}%${NBSP}: 52${NNBSP}560 visiteurs`,
    });
  });
  test.each([
    ['id', true],
    ['partnerId', true],
    ['postal_code', true],
    ['site-url', true],
    ['SIRET', true],
    ['shortUrl', true],
    ['title', false],
    ['altText', false],
    ['kicker', false],
    ['unit', false],
  ])('%s is a code-like key: %s', (key, expected) => {
    expect(isCodeKey(key)).toBe(expected);
  });
});
