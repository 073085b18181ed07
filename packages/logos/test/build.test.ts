import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBlasonError, sha256 } from '@blason/core';
import { loadBrand } from '@blason/tokens';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import {
  decodePDFRawStream,
  type PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAllLogos, buildLogos, type LogoEntry, logoSvgProblems } from '../src/index.js';

const tokensDir = new URL('../../../tokens/', import.meta.url).pathname;
const BUILD_TIMEOUT = 180_000;

let outDir: string;
let entries: readonly LogoEntry[];
const read = (entry: LogoEntry) => readFile(join(outDir, 'capso', entry.path));
const svgs = () => entries.filter((entry) => entry.format === 'svg');
const find = (path: string) => {
  const entry = entries.find((candidate) => candidate.path === path);
  if (!entry) throw new Error(`no entry ${path}`);
  return entry;
};

/** Every content stream of a PDF's first page, decoded, in order. */
const contentOf = (doc: PDFDocument) =>
  (doc.getPage(0).node.Contents() as PDFArray)
    .asArray()
    .map((ref) => doc.context.lookup(ref))
    .map((stream) =>
      stream instanceof PDFRawStream
        ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
        : String(stream),
    )
    .join('\n');

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'blason-logos-'));
  entries = (await buildLogos({ tokensDir, partner: 'capso', outDir })).entries;
}, BUILD_TIMEOUT);

describe('files and manifest entries', () => {
  test('the wordmark in 3 variants and the lockup in 2 orientations × 3 variants, each as SVG, 3 PNG, PDF', () => {
    const logos = entries.filter((entry) => entry.kind !== 'usage-sheet');
    expect(logos.filter((entry) => entry.kind === 'wordmark')).toHaveLength(3 * 5);
    expect(logos.filter((entry) => entry.kind === 'lockup')).toHaveLength(6 * 5);
    expect(entries.map((entry) => entry.path)).toEqual(
      expect.arrayContaining([
        'logos/lockup-horizontal-colour.svg',
        'logos/lockup-vertical-reversed@4x.png',
        'logos/wordmark-black.pdf',
        'logos/usage-sheet.pdf',
        'logos/usage-sheet.png',
      ]),
    );
  });

  test('each entry describes the file written: size and digest', async () => {
    for (const entry of entries) {
      const data = await read(entry);
      expect(entry.bytes).toBe(data.byteLength);
      expect(entry.sha256).toBe(sha256(data));
    }
  });

  test('clear space and minimum size come from the lockup tokens', async () => {
    const theme = (await loadBrand({ tokensDir })).theme('capso', 'light');
    const entry = find('logos/lockup-horizontal-colour.svg');
    expect(entry.rules?.clearSpace.px).toBe(
      Math.round(theme.logo.clearSpace * (entry.rules?.capHeight ?? 0)),
    );
    expect(find('logos/wordmark-colour.svg').rules?.minSize).toEqual({
      screenPx: theme.logo.minSize.screen,
      printMm: theme.logo.minSize.print,
    });
    expect(find('logos/lockup-vertical-reversed.svg').background).toBe(theme.color.surface.brand);
    expect(entry.background).toBe('transparent');
  });

  test('a lockup’s minimum size is raised until its partner name reaches the legible cap height', async () => {
    const theme = (await loadBrand({ tokensDir })).theme('capso', 'light');
    const token = (path: string) => theme.tokens.get(path)?.normalized as number;
    const wordmark = find('logos/wordmark-colour.svg');
    const clear = wordmark.rules?.clearSpace.px ?? 0;
    const wordmarkPerCapHeight = (wordmark.width - 2 * clear) / (wordmark.rules?.capHeight ?? 1);
    const partnerScale = token('logo.lockup.partnerNameScale');
    for (const path of ['logos/lockup-horizontal-colour.svg', 'logos/lockup-vertical-black.svg']) {
      const { minSize } = find(path).rules ?? {};
      const partnerCap = (width: number) => (width / wordmarkPerCapHeight) * partnerScale;
      const screenCap = token('logo.lockup.partnerNameMinCapHeight.screen');
      const printCap = token('logo.lockup.partnerNameMinCapHeight.print');
      expect(minSize?.partnerNameCapHeight).toEqual({ screenPx: screenCap, printMm: printCap });
      expect(minSize?.screenPx).toBeGreaterThan(theme.logo.minSize.screen);
      expect(partnerCap(minSize?.screenPx ?? 0)).toBeGreaterThanOrEqual(screenCap);
      expect(partnerCap((minSize?.screenPx ?? 0) - 1)).toBeLessThan(screenCap);
      expect(partnerCap(minSize?.printMm ?? 0)).toBeGreaterThanOrEqual(printCap);
      expect(partnerCap((minSize?.printMm ?? 0) - 1)).toBeLessThan(printCap);
    }
  });

  test('alt texts are French and name both the brand and the partner', () => {
    expect(find('logos/lockup-vertical-black.svg').alt).toBe(
      'Logotype «\u202fPays de Saint-Omer\u202f» associé à «\u202fCommunauté d’agglomération du Pays de Saint-Omer\u202f», bloc vertical, en noir',
    );
  });
});

describe('SVG', () => {
  test('no <text>, no script, no outside reference: text is paths', async () => {
    for (const entry of svgs()) {
      const svg = (await read(entry)).toString('utf8');
      expect(logoSvgProblems(svg)).toEqual([]);
      expect(svg).not.toMatch(/<text\b|<image\b|(href|src)\s*=\s*"(?!#)/);
      expect(svg).toMatch(/<path\b/);
    }
  });

  test('passes DOMPurify’s SVG profile without anything removed', async () => {
    const purify = createDOMPurify(
      new JSDOM('', { url: 'https://blason.invalid/' }).window as unknown as Window & typeof globalThis,
    );
    for (const entry of svgs()) {
      const svg = (await read(entry)).toString('utf8');
      purify.sanitize(svg, { USE_PROFILES: { svg: true }, ADD_ATTR: ['role'] });
      // DOMPurify lists the <body> wrapper it parses into; anything else would be a removal.
      const removed = purify.removed.filter(
        (item) => !('element' in item && (item.element as Element).nodeName === 'BODY'),
      );
      expect(removed, entry.path).toEqual([]);
    }
  });

  test('has an accessible name and the size the entry records', async () => {
    const entry = find('logos/wordmark-colour.svg');
    const svg = (await read(entry)).toString('utf8');
    expect(svg).toMatch(
      /^<svg[^>]* role="img"><title>Logotype «\u202fPays de Saint-Omer\u202f», en couleur<\/title>/,
    );
    expect(svg).toContain(`width="${entry.width}" height="${entry.height}"`);
  });

  test('the variants use the theme’s colours', async () => {
    const theme = (await loadBrand({ tokensDir })).theme('capso', 'light');
    const colour = (await read(find('logos/lockup-horizontal-colour.svg'))).toString('utf8');
    // Satori's masks are white by definition: only the drawn colours count.
    const drawn = async (path: string) =>
      (await read(find(path))).toString('utf8').replace(/<mask\b[\s\S]*?<\/mask>/g, '');
    const black = await drawn('logos/lockup-horizontal-black.svg');
    const reversed = await drawn('logos/lockup-horizontal-reversed.svg');
    expect(colour).toContain(`fill="${theme.color.brand.default}"`);
    expect(colour).toContain(theme.color.accent.default);
    expect(new Set(black.match(/fill="#[0-9a-f]+"/g))).toEqual(
      new Set([`fill="${theme.color.text.default}"`]),
    );
    expect(new Set(reversed.match(/fill="#[0-9a-f]+"/g))).toEqual(
      new Set([`fill="${theme.color.text.onBrand}"`]),
    );
  });
});

describe('PNG', () => {
  test('1×, 2×, 4× of the SVG size, RGBA with a transparent background', async () => {
    for (const base of ['lockup-horizontal-colour', 'wordmark-reversed', 'lockup-vertical-black']) {
      const svg = find(`logos/${base}.svg`);
      for (const scale of [1, 2, 4]) {
        const entry = find(`logos/${base}@${scale}x.png`);
        const meta = await sharp(await read(entry)).metadata();
        expect([meta.width, meta.height]).toEqual([svg.width * scale, svg.height * scale]);
        expect([entry.width, entry.height]).toEqual([meta.width, meta.height]);
        expect(meta.hasAlpha).toBe(true);
        const { data, info } = await sharp(await read(entry))
          .raw()
          .toBuffer({ resolveWithObject: true });
        expect(data[3]).toBe(0);
        expect(data[(info.width * info.height - 1) * 4 + 3]).toBe(0);
        const opaque = data.filter((_, i) => i % 4 === 3 && data[i] === 255).length;
        expect(opaque).toBeGreaterThan(100);
      }
    }
  });

  test('the clear space is empty: the ink starts one clear space from every edge', async () => {
    const entry = find('logos/lockup-horizontal-colour@1x.png');
    const clear = entry.rules?.clearSpace.px ?? 0;
    const { info } = await sharp(await read(entry))
      .trim({ background: { r: 0, g: 0, b: 0, alpha: 0 }, threshold: 0 })
      .toBuffer({ resolveWithObject: true });
    const left = Math.abs(info.trimOffsetLeft ?? 0);
    const top = Math.abs(info.trimOffsetTop ?? 0);
    for (const margin of [left, top, entry.width - left - info.width, entry.height - top - info.height]) {
      expect(margin).toBeGreaterThanOrEqual(clear - 1);
      expect(margin).toBeLessThanOrEqual(clear + 1);
    }
  });
  test('the horizontal divider sits one lockup gap from the wordmark and from the partner name', async () => {
    const theme = (await loadBrand({ tokensDir })).theme('capso', 'light');
    const entry = find('logos/lockup-horizontal-colour@1x.png');
    const { data, info } = await sharp(await read(entry))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const accent = Number.parseInt(theme.color.accent.default.slice(1), 16);
    const [ar, ag, ab] = [accent >> 16, (accent >> 8) & 255, accent & 255];
    const column = (x: number, test: (i: number) => boolean) =>
      Array.from({ length: info.height }, (_, y) => (y * info.width + x) * 4).some(test);
    const inked = (x: number) => column(x, (i) => (data[i + 3] ?? 0) > 0);
    const isDivider = (x: number) =>
      column(
        x,
        (i) =>
          data[i + 3] === 255 &&
          Math.abs((data[i] ?? 0) - ar) +
            Math.abs((data[i + 1] ?? 0) - ag) +
            Math.abs((data[i + 2] ?? 0) - ab) <
            12,
      );
    const xs = Array.from({ length: info.width }, (_, x) => x);
    const dividerStart = xs.findIndex(isDivider);
    const dividerEnd = xs.findLastIndex(isDivider);
    const before = xs.findLastIndex((x) => x < dividerStart && inked(x));
    const after = xs.findIndex((x) => x > dividerEnd && inked(x));
    const gap = theme.logo.lockup.gap * (entry.rules?.capHeight ?? 0);
    expect(dividerStart).toBeGreaterThan(0);
    expect(dividerStart - before - 1).toBeGreaterThanOrEqual(gap - 3);
    expect(dividerStart - before - 1).toBeLessThanOrEqual(gap + 3);
    expect(after - dividerEnd - 1).toBeGreaterThanOrEqual(gap - 3);
    expect(after - dividerEnd - 1).toBeLessThanOrEqual(gap + 6);
  });
});

describe('PDF', () => {
  test('vector, CMYK from the print tokens, French metadata, page the size of the logo', async () => {
    const print = (await loadBrand({ tokensDir })).theme('capso', 'print');
    for (const path of ['logos/lockup-horizontal-colour.pdf', 'logos/usage-sheet.pdf']) {
      const entry = find(path);
      const doc = await PDFDocument.load(await read(entry), { updateMetadata: false });
      const page = doc.getPage(0);
      expect(page.getWidth()).toBeCloseTo(entry.width, 2);
      expect(page.getHeight()).toBeCloseTo(entry.height, 2);
      expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('fr-FR');
      expect(doc.getAuthor()).toBe('Communauté d’agglomération du Pays de Saint-Omer');
      const contents = doc.context
        .enumerateIndirectObjects()
        .flatMap(([, object]) =>
          object instanceof PDFRawStream && !object.dict.has(PDFName.of('Subtype'))
            ? [Buffer.from(decodePDFRawStream(object).decode()).toString('latin1')]
            : [],
        )
        .join('\n');
      expect(contents).toContain('/DeviceCMYK cs');
      // Text is drawn as outlines; the sheet's invisible text layer (rendering mode 3) aside.
      const drawn = contents.replace(/^BT\n3 Tr\n[\s\S]*?^ET$/gm, '');
      expect(drawn).not.toMatch(/(^|\s)(rg|RG|BT|Tj|TJ)(\s|$)/);
      expect(contents).not.toContain('DeviceRGB');
    }
    const brandCmyk = print.print
      .cmykOfHex(print.color.brand.default)
      ?.map((part) => part / 100)
      .join(' ');
    const doc = await PDFDocument.load(await read(find('logos/lockup-horizontal-colour.pdf')));
    const content = Buffer.from(
      decodePDFRawStream(doc.getPage(0).node.Contents() as PDFRawStream).decode(),
    ).toString('latin1');
    expect(content).toContain(`${brandCmyk} scn`);
    const black = await PDFDocument.load(await read(find('logos/lockup-vertical-black.pdf')));
    const blackContent = Buffer.from(
      decodePDFRawStream(black.getPage(0).node.Contents() as PDFRawStream).decode(),
    ).toString('latin1');
    // One-colour print: 100 % K, never a rich black built from four inks.
    expect(new Set(blackContent.match(/^[\d. ]+ scn$/gm))).toEqual(new Set(['0 0 0 1 scn']));
  });
});

describe('usage sheet', () => {
  test('the PDF places the logos’ own PDFs: each drawn as a form, distinct ones embedded once', async () => {
    const doc = await PDFDocument.load(await read(find('logos/usage-sheet.pdf')));
    const page = doc.getPage(0);
    const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
    const names = xobjects?.keys().map((key) => key.decodeText()) ?? [];
    // 6 lockup variants, the recoloured lockup and its shadow.
    expect(names.filter((name) => name.startsWith('Logo')).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `Logo${i + 1}`).sort(),
    );
    // Six version tiles, clear space, minimum size, and four forbidden-use drawings.
    expect(contentOf(doc).match(/\/Logo\d+ Do/g)).toHaveLength(12);
  });

  test('each logo is the logo file’s own content stream, copied without being decoded and encoded again', async () => {
    const rawBytes = (stream: unknown) =>
      stream instanceof PDFRawStream ? sha256(stream.getContents()) : '';
    const sheet = await PDFDocument.load(await read(find('logos/usage-sheet.pdf')));
    const xobjects = sheet.getPage(0).node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
    const forms = (xobjects?.keys() ?? [])
      .filter((key) => key.decodeText().startsWith('Logo'))
      .map((key) => rawBytes(xobjects?.lookup(key)));
    const logo = await PDFDocument.load(await read(find('logos/lockup-horizontal-colour.pdf')));
    const written = logo.context.lookup(logo.getPage(0).node.get(PDFName.of('Contents')));
    expect(written).toBeInstanceOf(PDFRawStream);
    expect(forms).toContain(rawBytes(written));
  });

  test('the PDF’s text, drawn as outlines, can be searched and copied: an invisible layer holds it', async () => {
    const file = join(outDir, 'capso', find('logos/usage-sheet.pdf').path);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const words of [
      'Zone de protection',
      'Taille minimale',
      'Usages interdits',
      'Horizontal, couleur',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/Bloc-marque «\s?Pays de Saint-Omer\s?» associé à «\s?CAPSO\s?»\s?: règles d’usage/);
    expect(text).toContain('(ci-dessus, réduite pour tenir dans la planche).');
    // Its one font is embedded as a subset, as print checks ask of every font, drawn or not.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/^BLASON\+TextLayer\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    // Invisible (rendering mode 3): the sheet draws exactly as without it.
    const content = contentOf(await PDFDocument.load(await read(find('logos/usage-sheet.pdf'))));
    expect(new Set(content.match(/\d+ Tr/g))).toEqual(new Set(['3 Tr']));
    expect(content.match(/ Tj/g)?.length).toBeGreaterThan(10);
  });

  test('an A4 landscape PDF and a PNG at twice the CSS size, with French alt text', () => {
    const pdf = find('logos/usage-sheet.pdf');
    const png = find('logos/usage-sheet.png');
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([842, 595]);
    expect([png.width, png.height]).toEqual([2246, 1588]);
    expect(png.alt).toMatch(/^Règles d’usage du logotype de «\u202fCommunauté/);
  });
});

describe('errors and determinism', () => {
  test('an unknown partner is refused in French with the known ids', async () => {
    const error = await buildLogos({ tokensDir, partner: 'mairie', outDir }).catch(
      (caught: unknown) => caught,
    );
    expect(isBlasonError(error)).toBe(true);
    expect(isBlasonError(error) && error.problems[0]?.message).toBe(
      'partenaire inconnu « mairie » (attendu : l’un de agence-eco, agence-urbanisme, capso, office-tourisme, pays-de-lumbres, territoire)',
    );
    expect(isBlasonError(error) && error.exitCode).toBe(2);
  });

  test(
    'the shared brand gets its wordmark only; a rebuild gives byte-identical files',
    async () => {
      const again = await mkdtemp(join(tmpdir(), 'blason-logos-'));
      // Built together, the partners share the wordmark's work: the files must not change.
      const [territoire, capso] = await buildAllLogos({
        tokensDir,
        partners: ['territoire', 'capso'],
        outDir: again,
      });
      expect(new Set(territoire?.entries.map((entry) => entry.kind))).toEqual(
        new Set(['wordmark', 'usage-sheet']),
      );
      const rebuilt = capso?.entries ?? [];
      expect(rebuilt.map((entry) => [entry.path, entry.sha256])).toEqual(
        entries.map((entry) => [entry.path, entry.sha256]),
      );
    },
    BUILD_TIMEOUT,
  );
});
