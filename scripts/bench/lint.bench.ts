/**
 * Lint and fix throughput on a generated 1 MB French text, next to typograf (French locale)
 * processing the same text in the same run. Typograf only rewrites typography; Blason also reads
 * names, terms, verbatim texts and inclusive writing, and reports positions. Also the start-up of
 * `blason lint` on a two-byte file from the built CLI, as a commit hook or an editor runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixText, lintText, loadLexicon } from '@blason/lexicon';
import type { BenchResult } from './types.js';

// typograf's types are ES module syntax in a CommonJS package: load its CommonJS build, typed.
const Typograf = createRequire(import.meta.url)('typograf') as typeof import('typograf').default;

const lexiconDir = fileURLToPath(new URL('../../tokens/lexicon', import.meta.url));
const cli = fileURLToPath(new URL('../../packages/cli/dist/main.js', import.meta.url));

/** Sentences in the register of the seeds, some with the mistakes the linter looks for. */
const sentences = [
  'Au 1er janvier 2017, 4 intercommunalités ont fusionné pour devenir la CAPSO, Communauté d’Agglomération du Pays de Saint-Omer.',
  'Confrontée à une concurrence accrue entre les territoires, la CAPSO a souhaité s’associer avec la Communauté de communes du Pays de Lumbres.',
  'Priorité 1 : Fédérer les acteurs en interne (mode collaboratif, renoncement à une part de soi au bénéfice d’un commun).',
  'Conception et animation d’ateliers pour favoriser le “travailler ensemble” des acteurs du territoire.',
  "Le marketing territorial contribue à renforcer le sentiment d'appartenance et de fierté des habitant.e.s et des agents.",
  'Ce cycle s’attache à fournir aux élu·e·s une capacité à appréhender les environnements locaux : offre ; image ; services…',
  '6 ans, 72 mois, 2 190 jours, 52560 heures : c’est le temps du mandat pour tout faire, ne rien rater, agir et... s’interroger.',
  'Inscrivez-vous au workshop du 12 mars et abonnez-vous à notre newsletter pour recevoir les best practices !',
  '« Je n’avais entendu parler du marketing territorial que vaguement. » Élue, autorité territoriale, anonyme.',
  'Pourquoi ? Parce que la 2ème édition des rencontres du Pays de St-Omer réunit plus de 12 000 participants.',
  'Le Pays de Saint-Omer, l’attractivité en commun : une offre structurée autour de six axes thématiques.',
  'Les enjeux d’attractivité territoriale sont prégnants dans le paysage des collectivités locales.',
  'Alternance d’apports théoriques et méthodologiques, travail en groupes et retours d’expérience.',
  'L’Office de tourisme du Pays de Saint-Omer accueille les visiteurs toute l’année.',
  'Le maire a déclaré : "Comme disait ma grand-mère, "on ne lâche rien" quoi qu’il arrive".',
  'La liste des achats:condensateurs, résistances;les livraisons arrivent lundi.Il faudra signer,, vite.',
  'Les élus, les agents, etc... sont invités à 17 h 30, salle n°12, entrée 5€, soit 12% de moins sur 15 km.',
  'SIRET 200 068 146 00016, code postal 62500, tél. 03 21 98 76 54 : suivez @capso, #PaysDeSaintOmer et https://www.exemple.fr/agenda.',
];

/** Deterministic generator (mulberry32) so every run lints the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateFrenchText(bytes: number, seed = 2017): string {
  const next = random(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = 3 + Math.floor(next() * 5);
    const paragraph = Array.from(
      { length: count },
      () => sentences[Math.floor(next() * sentences.length)],
    ).join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph, 'utf8') + 2;
  }
  return paragraphs.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeOnce(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function timeRuns(runs: number, work: () => void): number {
  return median(Array.from({ length: runs }, () => timeOnce(work)));
}

/** Median wall time of `node packages/cli/dist/main.js lint x.md` on a two-byte file, in ms. */
async function startupMs(runs: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'blason-bench-lint-'));
  try {
    const file = join(dir, 'x.md');
    await writeFile(file, 'a\n');
    const lint = () => {
      const result = spawnSync(process.execPath, [cli, 'lint', '--lexicon', lexiconDir, file]);
      if (result.status !== 0) throw new Error(`blason lint exited ${result.status}: ${result.stderr}`);
    };
    lint();
    return timeRuns(runs, lint);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const lexicon = await loadLexicon({ lexiconDir });
  const text = generateFrenchText(1_000_000);
  const megabytes = Buffer.byteLength(text, 'utf8') / 1_000_000;
  const typograf = new Typograf({ locale: ['fr'] });
  let findings = 0;
  // Warm up both (JIT tiers, compiled lexicon), then take medians of runs interleaved, so that the
  // load of a shared machine weighs alike on Blason and on typograf.
  for (let i = 0; i < 3; i++) {
    lintText(text, { lexicon, channel: 'web' });
    typograf.execute(text);
  }
  const lintTimes: number[] = [];
  const typografTimes: number[] = [];
  const fixTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    lintTimes.push(
      timeOnce(() => {
        findings = lintText(text, { lexicon, channel: 'web' }).length;
      }),
    );
    typografTimes.push(timeOnce(() => typograf.execute(text)));
    if (i < 3) fixTimes.push(timeOnce(() => fixText(text, { lexicon, channel: 'web' })));
  }
  const lintMs = median(lintTimes);
  const typografMs = median(typografTimes);
  const fixMs = median(fixTimes);
  const lintRate = megabytes / (lintMs / 1000);
  const typografRate = megabytes / (typografMs / 1000);
  const fixRate = megabytes / (fixMs / 1000);
  process.stderr.write(`lint: ${findings} findings on ${megabytes.toFixed(2)} MB\n`);
  const startup = await startupMs(7);
  return [
    {
      suite: 'lint',
      name: 'blason lint start-up, 2-byte file',
      value: startup,
      unit: 'ms',
      target: '< 400 ms',
    },
    {
      suite: 'lint',
      name: 'lint 1 MB French text',
      value: lintRate,
      unit: 'MB/s',
      target: '≥ 2 MB/s',
      peer: { name: 'typograf (fr)', value: typografRate, ratio: lintRate / typografRate },
    },
    {
      suite: 'lint',
      name: 'fix 1 MB French text',
      value: fixRate,
      unit: 'MB/s',
      peer: { name: 'typograf (fr)', value: typografRate, ratio: fixRate / typografRate },
    },
  ];
}
