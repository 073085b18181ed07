import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '@blason/core';
import { buildGlossary, fixText, type Lexicon } from '@blason/lexicon';
import { buildLogos, type LogoCache, type LogoEntry } from '@blason/logos';
import { readPrintFacts } from '@blason/print';
import { fontFiles, type RenderedFile, type RenderedVisual } from '@blason/render';
import { type Brand, buildTokens, type PartnerMeta, type TokensBuilder } from '@blason/tokens';
import { contactSheetEntries, contactSheetHtml } from './contact-sheet.js';
import { contactSheetPng } from './contact-sheet-png.js';
import { describeFile, type KitFile, type KitSection, writtenFile } from './manifest.js';
import { kitReadme } from './readme.js';
import { listFiles } from './zip.js';

export interface PartnerKitInput {
  readonly brand: Brand;
  readonly lexicon: Lexicon;
  /** Shared by the partners built in one thread: the brand's wordmark is drawn once. */
  readonly logoCache?: LogoCache;
  /** The brand's tokens, read and checked once for the partners built in one thread. */
  readonly tokens?: TokensBuilder;
  readonly partner: PartnerMeta;
  readonly rootDir: string;
  readonly outDir: string;
  readonly digest: string;
  /** The partner's rendered visuals. */
  readonly visuals: readonly RenderedVisual[];
  /** Whether the brand is the repository's illustrative sample (the README and sheet say so). */
  readonly illustrative: boolean;
}

export interface PartnerKit {
  readonly partner: string;
  readonly dir: string;
  readonly files: readonly KitFile[];
  readonly visuals: number;
  readonly lintWarnings: number;
}

/** Facts about a file that its producer knows and the manifest records. */
interface Produced {
  readonly section: KitSection;
  readonly alt?: string;
  readonly details?: Readonly<Record<string, unknown>>;
  /** What the render recorded as it wrote the file: the manifest takes it instead of reading it again. */
  readonly written?: RenderedFile;
}

const MANIFEST = 'manifest.json';
const README = 'README.md';
const SHEET_HTML = 'contact-sheet.html';
const SHEET_PNG = 'contact-sheet.png';

/** Writes one partner's kit folder; the manifest is written last, once every file is in place. */
export async function writePartnerKit(input: PartnerKitInput): Promise<PartnerKit> {
  const { partner, rootDir, outDir, visuals } = input;
  const dir = join(outDir, partner.id);
  const tokensDir = join(rootDir, 'tokens');
  const produced = new Map<string, Produced>();

  const tokensBuild = { outDir: join(dir, 'tokens'), partners: [partner.id] };
  const tokens = input.tokens
    ? await input.tokens.build(tokensBuild)
    : await buildTokens({ tokensDir, ...tokensBuild });
  for (const file of tokens.files) produced.set(`tokens/${file.path}`, { section: 'tokens' });
  const glossaryDir = join(dir, 'glossary');
  for (const path of await buildGlossary({
    lexicon: input.lexicon,
    partner: partner.id,
    outDir: glossaryDir,
  })) {
    produced.set(`glossary/${path}`, { section: 'glossary' });
  }
  for (const visual of visuals) {
    for (const file of visual.files) {
      produced.set(withoutPartner(file.path, partner.id), await visualProduced(visual, file, outDir));
    }
  }
  const logos = await buildLogos({
    tokensDir,
    partner: partner.id,
    outDir,
    brand: input.brand,
    ...(input.logoCache ? { cache: input.logoCache } : {}),
  });
  const copy = brandCopy(input);
  for (const entry of logos.entries) produced.set(entry.path, logoProduced(entry, copy));
  for (const path of await copyFonts(dir)) produced.set(path, { section: 'font' });

  await removeStaleFiles(dir, produced);
  const files = await describeAll(dir, produced);
  const sheetEntries = contactSheetEntries(files);
  const title = `Planche contact — ${partner.name}`;
  const { illustrative } = input;
  await writeFileAtomic(
    join(dir, SHEET_HTML),
    contactSheetHtml({ title, entries: sheetEntries, illustrative }),
  );
  await writeFileAtomic(join(dir, SHEET_PNG), await contactSheetPng(dir, sheetEntries, title));
  files.push(
    await describeFile(dir, SHEET_HTML, 'contact-sheet'),
    await describeFile(dir, SHEET_PNG, 'contact-sheet', {
      alt: copy(`${title} : vignettes de chaque visuel`),
    }),
  );
  const readme = fixText(readmeOf(input, files, logos.entries), {
    lexicon: input.lexicon,
    partner: partner.id,
    channel: 'web',
    format: 'markdown',
  }).text;
  await writeFileAtomic(join(dir, README), readme);
  files.push(await describeFile(dir, README, 'documentation'));
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  await writeFileAtomic(join(dir, MANIFEST), manifestOf(input, files));
  return {
    partner: partner.id,
    dir,
    files,
    visuals: visuals.length,
    lintWarnings: visuals.reduce((total, visual) => total + visual.lint.length, 0),
  };
}

function withoutPartner(path: string, partner: string): string {
  return path.startsWith(`${partner}/`) ? path.slice(partner.length + 1) : path;
}

/**
 * A poster PDF's manifest entry says what a print shop needs to know, read back from the file:
 * trim and bleed, the colour spaces of the drawing (the tokens' CMYK) and the images left in RGB.
 */
async function visualProduced(visual: RenderedVisual, file: RenderedFile, outDir: string): Promise<Produced> {
  const facts =
    file.mediaType === 'application/pdf'
      ? { print: await readPrintFacts(await readFile(join(outDir, file.path))) }
      : {};
  return {
    section: visual.kind === 'print' ? 'print' : 'visual',
    written: file,
    alt: visual.alt,
    details: {
      campaign: visual.campaign,
      template: visual.template,
      format: visual.format,
      lint: visual.lint,
      ...(visual.photoPpi ? { photoPpi: visual.photoPpi } : {}),
      ...facts,
    },
  };
}

/**
 * The kit's own French texts (alt texts of the logos and the contact sheet) with the brand
 * lexicon's fixes, as the render gives the visuals' alt texts: its spaces around « » and before
 * « : », its names.
 */
function brandCopy(input: PartnerKitInput): (text: string) => string {
  return (text) => fixText(text, { lexicon: input.lexicon, partner: input.partner.id, channel: 'web' }).text;
}

function logoProduced(entry: LogoEntry, copy: (text: string) => string): Produced {
  const section: KitSection = 'logo';
  return {
    section,
    alt: copy(entry.alt),
    details: {
      kind: entry.kind,
      ...(entry.orientation ? { orientation: entry.orientation } : {}),
      ...(entry.variant ? { variant: entry.variant } : {}),
      ...(entry.scale ? { scale: entry.scale } : {}),
      background: entry.background,
      colourSpace: entry.colourSpace,
      ...(entry.rules ? { rules: entry.rules } : {}),
    },
  };
}

/** The OFL fonts embedded in the visuals, each family with its licence. */
async function copyFonts(dir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const font of fontFiles()) {
    const family = font.family.toLowerCase().replace(/\s+/g, '-');
    await mkdir(join(dir, 'fonts', family), { recursive: true });
    const fontPath = `fonts/${family}/${basename(font.path)}`;
    const licencePath = `fonts/${family}/OFL.txt`;
    await copyFile(font.path, join(dir, fontPath));
    await copyFile(font.licensePath, join(dir, licencePath));
    paths.push(fontPath, licencePath);
  }
  return [...new Set(paths)];
}

/** Files left by an earlier build that this one did not produce (a removed format, campaign…). */
async function removeStaleFiles(dir: string, produced: ReadonlyMap<string, Produced>): Promise<void> {
  const own = new Set([MANIFEST, README, SHEET_HTML, SHEET_PNG]);
  for (const path of await listFiles(dir)) {
    if (!produced.has(path) && !own.has(path)) await rm(join(dir, path));
  }
}

async function describeAll(dir: string, produced: ReadonlyMap<string, Produced>): Promise<KitFile[]> {
  const entries = [...produced.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return Promise.all(
    entries.map(([path, facts]) => {
      const extra = {
        ...(facts.alt ? { alt: facts.alt } : {}),
        ...(facts.details ? { details: facts.details } : {}),
      };
      return facts.written
        ? writtenFile(path, facts.section, facts.written, extra)
        : describeFile(dir, path, facts.section, extra);
    }),
  );
}

function readmeOf(input: PartnerKitInput, files: readonly KitFile[], logos: readonly LogoEntry[]): string {
  const { partner, brand } = input;
  // The partner's lockups set the stricter minimum; a brand with no partner name has its wordmark's.
  const rules = (
    logos.find((entry) => entry.kind === 'lockup' && entry.rules) ?? logos.find((entry) => entry.rules)
  )?.rules;
  const number = (value: number) => value.toLocaleString('fr-FR');
  return kitReadme({
    brandName: brand.partner(brand.defaults.partner).name,
    partner: {
      id: partner.id,
      officialName: partner.name,
      ...(partner.article ? { article: partner.article } : {}),
      website: partner.website,
      contactLine: partner.contact,
      sharedBrand: partner.id === brand.defaults.partner,
    },
    brandContact: `${brand.partner(brand.defaults.partner).contact} — ${brand.partner(brand.defaults.partner).website}`,
    files,
    ...(rules
      ? {
          logoRules: {
            clearSpace: `${number(rules.clearSpace.timesCapHeight)} fois la hauteur des capitales du logo`,
            minSizeScreen: `${number(rules.minSize.screenPx)}\u00a0px de large`,
            minSizePrint: `${number(rules.minSize.printMm)}\u00a0mm de large`,
            ...(rules.minSize.partnerNameCapHeight
              ? { minSizeReason: 'largeur du nom de la marque, pour que le nom du partenaire reste lisible' }
              : {}),
          },
        }
      : {}),
    illustrative: input.illustrative,
  });
}

function manifestOf(input: PartnerKitInput, files: readonly KitFile[]): string {
  const { partner } = input;
  const manifest = {
    generator: 'blason',
    inputsDigest: input.digest,
    partner: { id: partner.id, name: partner.name, website: partner.website },
    files,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
