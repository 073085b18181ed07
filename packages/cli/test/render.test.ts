import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createProgram, run } from '../src/program.js';
import { createProgress } from '../src/progress.js';

const root = join(import.meta.dirname, '..', '..', '..');
const tokens = join(root, 'tokens');

const campaign = `id: journee-test
template: evenement
partners: [capso, territoire]
content:
  title: Penser son mandat sur 6 ans
  date: "2027-03-18"
  place: Maison de l’agglomération
`;

let dir: string;
let stderr: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'blason-cli-render-'));
  await writeFile(join(dir, 'campaign.yaml'), campaign);
  await writeFile(join(dir, 'broken.yaml'), 'template: evenement\npartners: all\ncontent:\n  title: 42\n');
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const render = (...args: string[]) =>
  run([
    'render',
    ...args,
    '--tokens',
    tokens,
    '--lexicon',
    join(dir, 'no-lexicon'),
    '--out',
    join(dir, 'out'),
    '--jobs',
    '1',
  ]);

describe('blason render', () => {
  test('renders a campaign for a partner and format, with alt text', async () => {
    const code = await render(
      join(dir, 'campaign.yaml'),
      '--partner',
      'capso',
      '--format',
      'instagram-square',
    );
    expect(code, stderr).toBe(0);
    const alt = await readFile(
      join(dir, 'out', 'capso', 'visuals', 'journee-test', 'instagram-square.alt.txt'),
      'utf8',
    );
    expect(alt.length).toBeGreaterThan(10);
    expect(stderr).toContain('render\u00A0: 1 visuel (1 rendu, 0 inchangé), ');
    // Not a terminal: one plain line per visual, no control characters.
    expect(stderr).toMatch(/^render 1\/1 rendu capso\/journee-test\/instagram-square$/m);
    expect(stderr).not.toContain('\u001b');
  }, 120_000);

  test('draws a progress bar on a terminal, plain lines in CI', () => {
    const written: string[] = [];
    const stream = { isTTY: true, columns: 80, write: (chunk: string) => written.push(chunk) > 0 };
    const ci = process.env.CI;
    try {
      delete process.env.CI;
      const bar = createProgress('render', stream as unknown as NodeJS.WriteStream);
      bar.update({ done: 1, total: 2, key: 'capso/a/story', status: 'rendered' });
      bar.stop();
      expect(written.join('')).toContain('\u001b[');
      expect(written.join('')).toContain('render [');
      written.length = 0;
      process.env.CI = 'true';
      const lines = createProgress('render', stream as unknown as NodeJS.WriteStream);
      lines.update({ done: 1, total: 2, key: 'capso/a/story', status: 'rendered' });
      expect(written).toEqual(['render 1/2 rendu capso/a/story\n']);
    } finally {
      if (ci === undefined) delete process.env.CI;
      else process.env.CI = ci;
    }
  });

  test('an unknown partner, format or output is a usage error (exit 2) naming the known ones', async () => {
    expect(await render(join(dir, 'campaign.yaml'), '--partner', 'inconnu')).toBe(2);
    expect(stderr).toContain('partenaire inconnu «\u00A0inconnu\u00A0»');
    expect(await render(join(dir, 'campaign.yaml'), '--format', 'a5')).toBe(2);
    expect(await render(join(dir, 'campaign.yaml'), '--formats', 'gif')).toBe(2);
    expect(await render(join(dir, 'campaign.yaml'), '--shard', '3/2')).toBe(2);
    expect(await run(['render', join(dir, 'campaign.yaml'), '--jobs', '0'])).toBe(2);
  });

  test('usage errors are worded in French, with no English glue', async () => {
    await render(join(dir, 'campaign.yaml'), '--partner', 'capsoo');
    await render(join(dir, 'campaign.yaml'), '--shard', '3/2');
    await run(['render', join(dir, 'campaign.yaml'), '--jobs', '0']);
    await render(join(dir, 'campaign.yaml'), '--formats', 'gif');
    expect(stderr).toContain('partenaire inconnu «\u00A0capsoo\u00A0» (attendu\u00A0: l’un de');
    expect(stderr).toContain('--shard — lot invalide «\u00A03/2\u00A0» (attendu\u00A0: i/n avec 1 ≤ i ≤ n');
    expect(stderr).toContain(
      '--jobs — nombre de tâches parallèles invalide «\u00A00\u00A0» (attendu\u00A0: un nombre entier',
    );
    expect(stderr).toContain('--formats — type de fichier inconnu «\u00A0gif\u00A0»');
    expect(stderr).not.toMatch(/expected|\binvalid\b|unknown/i);
  });

  test('a partner outside the campaign’s list is said in French, and rendering nothing exits 1', async () => {
    const code = await render(join(dir, 'campaign.yaml'), '--partner', 'office-tourisme');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'campaign.yaml:3:11 partners — «\u00A0office-tourisme\u00A0» ne signe pas cette campagne (partenaires\u00A0: capso, territoire)',
    );
    expect(stderr).toContain('aucun visuel rendu');
  });

  test('French messages on stderr and in --json take no-break spaces, English help none', async () => {
    const stdout: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
    expect(await render(join(dir, 'campaign.yaml'), '--partner', 'office-tourisme', '--json')).toBe(1);
    const notice = stderr.split('\n').find((line) => line.includes('ne signe pas'));
    expect(notice).toMatch(/^attention\u00A0: \S*campaign\.yaml:3:11 partners — /);
    expect(notice).toContain(
      '«\u00A0office-tourisme\u00A0» ne signe pas cette campagne (partenaires\u00A0: capso, territoire)\u00A0: rien n’est rendu pour lui',
    );
    // No plain space left inside « » or before a colon, a semicolon, ! or ? anywhere on stderr.
    expect(stderr).not.toMatch(/« | »|\S [:;!?](?:\s|$)/);
    expect(stderr).toContain('render\u00A0: aucun visuel rendu pour cette sélection');
    // --json gives the notice the words of its line.
    const report = JSON.parse(stdout.join('')) as { notices: { message: string }[] };
    expect(notice).toContain(report.notices[0]?.message);
    stdout.length = 0;
    expect(await run(['render', '--help'])).toBe(0);
    const help = stdout.join('');
    expect(help).toContain('output folder: <out>/<partner>/visuals/…');
    expect(help).not.toMatch(/[\u00A0\u202F]/);
  });

  test('a template filter that matches no campaign is said in French and exits 1', async () => {
    const code = await render(join(dir, 'campaign.yaml'), '--template', 'citation');
    expect(code).toBe(1);
    expect(stderr).toContain(
      '--template — aucune des campagnes données n’utilise le gabarit «\u00A0citation\u00A0»',
    );
  });

  test('a campaign without a partner list is refused, naming the field', async () => {
    await writeFile(join(dir, 'sans-liste.yaml'), campaign.replace('partners: [capso, territoire]\n', ''));
    const code = await render(join(dir, 'sans-liste.yaml'), '--format', 'instagram-square');
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /sans-liste\.yaml:1:1 partners — champ obligatoire manquant\u00A0: les partenaires qui signent la campagne/,
    );
    expect(stderr).toContain('«\u00A0all\u00A0» pour tous');
  });

  test('a missing campaign file is « introuvable », with no system message', async () => {
    const code = await render(join(dir, 'absente.yaml'), '--format', 'instagram-square');
    expect(code).toBe(1);
    expect(stderr).toMatch(/absente\.yaml — fichier introuvable$/m);
    expect(stderr).not.toContain('ENOENT');
  });

  test('a YAML syntax fault gives its line and column in French', async () => {
    await writeFile(
      join(dir, 'mal-ecrite.yaml'),
      'template: evenement\npartners: [capso\ncontent:\n  title: x\n',
    );
    const code = await render(join(dir, 'mal-ecrite.yaml'), '--format', 'instagram-square');
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /mal-ecrite\.yaml:\d+:\d+ — syntaxe YAML invalide, ligne \d+, colonne \d+\u00a0: /,
    );
    expect(stderr).not.toMatch(/flow|collection|Missing|expected/i);
  });

  test('writes into dist/visuels by default, never into the kit folder', async () => {
    const program = await createProgram(['render']);
    const out = program.commands[0]?.options.find((option) => option.long === '--out');
    expect(out?.defaultValue).toBe('dist/visuels');
    expect(program.commands[0]?.helpInformation()).toContain('dist/visuels');
  });

  test('bad content exits 1 with the file and field in French', async () => {
    const code = await render(join(dir, 'broken.yaml'), '--partner', 'capso', '--format', 'instagram-square');
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.yaml:4:\d+ content\.title — Titre de l’événement\s:\stexte attendu/);
  });
});
