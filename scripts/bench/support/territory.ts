/**
 * A whole territory as a brand, for the scale bench: the sample brand's tokens and assets copied into
 * a temporary folder, plus one partner per commune (the agglomeration's 53 and the Pays de Lumbres' 36
 * by default), each with its name, accent ramp, watergang variant and lockup. Nothing of it is committed.
 *
 * Commune names are synthetic (built from invented stems and the usual French suffixes) but shaped like
 * the real ones, long hyphenated names included, so lockups and alt texts are exercised as they would be.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Territory {
  /** Folder holding `tokens/` and `assets/`, like the repository root. */
  readonly rootDir: string;
  /** The sample brand's own partners first, then the communes, in resolver order. */
  readonly partners: readonly string[];
  readonly communes: readonly string[];
}

const STEMS = [
  'Arquennes',
  'Blendel',
  'Clairval',
  'Esquermes',
  'Hallembert',
  'Helfont',
  'Wizerval',
  'Longuebois',
  'Tatinval',
  'Éperlecques-Haut',
  'Moulle',
  'Serques',
  'Tilques',
  'Houlle',
  'Racquinval',
  'Zudaucourt',
  'Bayenval',
  'Quelmont',
  'Lumbrecourt',
  'Acquenne',
  'Elnes',
  'Wavrans',
  'Setques',
  'Ouve',
  'Nielles',
];
const SUFFIXES = ['', '', '-sur-l’Aa', '-lez-Saint-Omer', '-en-Bocage', '-le-Marais', '-sur-la-Lys'];
const PREFIXES = ['', '', '', 'Saint-', 'Sainte-', 'Le ', 'La '];
/** Accent ramps of the sample palette whose 700 step holds 4.5:1 on white (the sample partners use them). */
const ACCENT_RAMPS = ['orange', 'plum', 'indigo', 'teal', 'leaf', 'green', 'violet', 'raspberry', 'sky'];

function communeName(index: number): string {
  const stem = STEMS[index % STEMS.length] ?? 'Commune';
  const prefix = PREFIXES[Math.floor(index / STEMS.length) % PREFIXES.length] ?? '';
  const suffix = SUFFIXES[(index * 3) % SUFFIXES.length] ?? '';
  return `${prefix}${stem}${suffix}`;
}

function slug(name: string, index: number): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `commune-${String(index + 1).padStart(2, '0')}-${ascii}`;
}

function partnerMeta(id: string, name: string, group: string) {
  return {
    id,
    name: `Commune de ${name}`,
    shortName: name,
    description: `Commune membre de ${group}, partenaire de la marque territoriale.`,
    website: `https://www.${id}.example`,
    contact: `Mairie de ${name} – 62500 ${name}`,
    lockup: { lines: ['Commune de', name] },
  };
}

/** The watergang device's variants (periods, ripples, ripple step) the sample partners use, dealt in turn. */
const DEVICES = [
  { periods: 1.5, ripples: 1, ripple: '300' },
  { periods: 2, ripples: 2, ripple: '300' },
  { periods: 2.5, ripples: 2, ripple: '200' },
  { periods: 3, ripples: 1, ripple: '200' },
  { periods: 2.25, ripples: 3, ripple: '200' },
  { periods: 1.75, ripples: 3, ripple: '300' },
];

function partnerTokens(name: string, ramp: string, index: number) {
  const device = DEVICES[index % DEVICES.length] ?? { periods: 2, ripples: 2, ripple: '300' };
  const step = (value: string) => ({ $value: `{palette.${ramp}.${value}}` });
  const steps = ['50', '100', '200', '300', '400', '500', '600', '700', '800', '900', '950'];
  return {
    partner: {
      $description: `Tokens of the commune ${name} (synthetic, for the scale bench).`,
      accent: {
        $type: 'color',
        ...Object.fromEntries(steps.map((value) => [value, step(value)])),
        default: { $value: '{partner.accent.700}' },
        strong: { $value: '{partner.accent.800}' },
        subtle: { $value: '{partner.accent.100}' },
      },
      device: {
        periods: { $type: 'number', $value: device.periods },
        ripples: { $type: 'number', $value: device.ripples },
        ripple: { $type: 'color', $value: `{partner.accent.${device.ripple}}` },
      },
      gradient: {
        $type: 'gradient',
        $value: [
          { color: '{palette.blue.800}', position: 0 },
          { color: '{partner.accent.700}', position: 1 },
        ],
      },
    },
  };
}

/**
 * Writes the territory into a new temporary folder: `agglomeration` communes of the agglomeration, then
 * `neighbours` of the neighbouring community of communes.
 */
export async function writeTerritory(
  sampleRoot: string,
  { agglomeration = 53, neighbours = 36 }: { agglomeration?: number; neighbours?: number } = {},
): Promise<Territory> {
  const rootDir = await mkdtemp(join(tmpdir(), 'blason-territory-'));
  await cp(join(sampleRoot, 'tokens'), join(rootDir, 'tokens'), { recursive: true });
  await cp(join(sampleRoot, 'assets'), join(rootDir, 'assets'), { recursive: true });
  const resolverFile = join(rootDir, 'tokens', 'blason.resolver.json');
  const resolver = JSON.parse(await readFile(resolverFile, 'utf8')) as {
    modifiers: { partner: { contexts: Record<string, unknown> } };
  };
  const bodies = Object.keys(resolver.modifiers.partner.contexts);
  const communes: string[] = [];
  for (let index = 0; index < agglomeration + neighbours; index++) {
    const name = communeName(index);
    const id = slug(name, index);
    const group =
      index < agglomeration
        ? 'la Communauté d’agglomération du Pays de Saint-Omer'
        : 'la Communauté de communes du Pays de Lumbres';
    const ramp = ACCENT_RAMPS[index % ACCENT_RAMPS.length] ?? 'indigo';
    const partnersDir = join(rootDir, 'tokens', 'partners');
    await writeFile(
      join(partnersDir, `${id}.partner.json`),
      `${JSON.stringify(partnerMeta(id, name, group), null, 2)}\n`,
    );
    await writeFile(
      join(partnersDir, `${id}.tokens.json`),
      `${JSON.stringify(partnerTokens(name, ramp, index), null, 2)}\n`,
    );
    resolver.modifiers.partner.contexts[id] = [{ $ref: `partners/${id}.tokens.json` }];
    communes.push(id);
  }
  await writeFile(resolverFile, `${JSON.stringify(resolver, null, 2)}\n`);
  return { rootDir, partners: [...bodies, ...communes], communes };
}
