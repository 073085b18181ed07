import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lintText, loadLexicon } from '@blason/lexicon';
import { unzipSync } from 'fflate';
import { beforeAll, expect, test } from 'vitest';
import { buildKit, type KitSummary } from '../src/build.js';
import type { KitFile } from '../src/manifest.js';
import { listFiles } from '../src/zip.js';

const rootDir = resolve(import.meta.dirname, '../../..');
const partner = 'office-tourisme';
let outDir: string;
let summary: KitSummary;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'blason-kit-'));
  summary = await buildKit({ rootDir, outDir, partners: [partner], outputs: ['png'], illustrative: true });
}, 600_000);

test('the manifest lists every file of the kit with its true size and digest', async () => {
  const dir = join(outDir, partner);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { files: KitFile[] };
  const listed = manifest.files.map((file) => file.path);
  expect([...listed, 'manifest.json'].sort()).toEqual(await listFiles(dir));
  const sections = new Set(manifest.files.map((file) => file.section));
  for (const section of ['visual', 'print', 'logo', 'tokens', 'glossary', 'font', 'contact-sheet']) {
    expect(sections, section).toContain(section);
  }
  for (const file of manifest.files.filter((f) => f.mediaType === 'image/png' && f.section === 'visual')) {
    expect(file.alt, file.path).toBeTruthy();
  }
});

test('every alternative text of the manifest passes the brand’s linter (logos and contact sheet included)', async () => {
  const lexicon = await loadLexicon({ lexiconDir: join(rootDir, 'tokens', 'lexicon') });
  const manifest = JSON.parse(await readFile(join(outDir, partner, 'manifest.json'), 'utf8')) as {
    files: KitFile[];
  };
  const alts = manifest.files.filter((file) => file.alt);
  expect(alts.some((file) => file.section === 'logo')).toBe(true);
  const findings = alts.flatMap((file) =>
    lintText(file.alt ?? '', { lexicon, partner, channel: 'web' }).map(
      (finding) => `${file.path}: ${finding.ruleId} « ${finding.message} » in ${file.alt}`,
    ),
  );
  expect(findings).toEqual([]);
});

test('each poster PDF records its trim, bleed, CMYK drawing and the images left in RGB', async () => {
  const manifest = JSON.parse(await readFile(join(outDir, partner, 'manifest.json'), 'utf8')) as {
    files: KitFile[];
  };
  const pdfs = manifest.files.filter((file) => file.section === 'print' && file.path.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThan(0);
  const facts = pdfs.map((file) => file.details?.print as Record<string, unknown> | undefined);
  for (const [index, fact] of facts.entries()) {
    expect(fact, pdfs[index]?.path).toMatchObject({
      bleedMm: 3,
      vectorColourSpaces: ['DeviceCMYK'],
      fonts: 0,
    });
  }
  const images = facts.flatMap((fact) => (fact?.rasterImages ?? []) as { colourSpace: string }[]);
  expect(images.length).toBeGreaterThan(0);
  expect(new Set(images.map((image) => image.colourSpace))).toEqual(new Set(['DeviceRGB']));
});

test('the zip holds the same files under one top folder', async () => {
  const entries = Object.keys(unzipSync(new Uint8Array(await readFile(summary.partners[0]?.zip ?? ''))));
  const files = await listFiles(join(outDir, partner));
  expect(entries.sort()).toEqual(files.map((path) => `kit-${partner}/${path}`));
});

test('the README is French, says the brand is illustrative and uses French spacing', async () => {
  const readme = await readFile(join(outDir, partner, 'README.md'), 'utf8');
  expect(readme).toContain('Marque d’exemple');
  expect(readme).not.toMatch(/ :/);
});

test('an unchanged kit is not rebuilt, and byte-identical when forced', async () => {
  const zip = await readFile(summary.partners[0]?.zip ?? '');
  const again = await buildKit({
    rootDir,
    outDir,
    partners: [partner],
    outputs: ['png'],
    illustrative: true,
  });
  expect(again.rebuilt).toBe(false);
  const forced = await buildKit({
    rootDir,
    outDir,
    partners: [partner],
    outputs: ['png'],
    illustrative: true,
    force: true,
  });
  expect(forced.rebuilt).toBe(true);
  expect((await readFile(forced.partners[0]?.zip ?? '')).equals(zip)).toBe(true);
}, 600_000);

test('a kit built in this thread is byte-identical to one built in worker threads', async () => {
  const zip = await readFile(summary.partners[0]?.zip ?? '');
  const serialDir = await mkdtemp(join(tmpdir(), 'blason-kit-serial-'));
  const serial = await buildKit({
    rootDir,
    outDir: serialDir,
    partners: [partner],
    outputs: ['png'],
    illustrative: true,
    jobs: 1,
  });
  expect((await readFile(serial.partners[0]?.zip ?? '')).equals(zip)).toBe(true);
}, 600_000);

test('an unknown partner is a usage error naming the known ones', async () => {
  await expect(buildKit({ rootDir, outDir, partners: ['nowhere'] })).rejects.toMatchObject({
    exitCode: 2,
    problems: [expect.objectContaining({ message: expect.stringContaining('« nowhere »') })],
  });
});
