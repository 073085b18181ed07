import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBlasonError } from '@blason/core';
import { PDFArray, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import {
  type Cmyk,
  encodePosterPdf,
  encodePosterPdfWithReport,
  mmToPt,
  type PosterPdfOptions,
  readPrintFacts,
} from '../src/index.js';
import { boxOf, inspectPdf, strokedLines } from './inspect-pdf.js';

const fixtures = new URL('./fixtures/', import.meta.url);
const svg = readFileSync(new URL('poster-a3.svg', fixtures), 'utf8');
const brand: Record<string, Cmyk> = {
  '#0b4f6c': [95, 50, 25, 30],
  '#01baef': [75, 5, 0, 0],
  '#fbfbff': [1, 1, 0, 0],
};
const options: PosterPdfOptions = {
  svg,
  trimWidthMm: 297,
  trimHeightMm: 420,
  bleedMm: 3,
  cmyk: (hex) => brand[hex],
  metadata: {
    title: 'Journée des ateliers',
    subject: 'Affiche A3 — campagne ateliers',
    author: 'Communauté d’agglomération du Pays de Saint-Omer',
    keywords: ['ateliers', 'Pays de Saint-Omer'],
    lang: 'fr-FR',
  },
  date: new Date('2026-03-01T09:30:00Z'),
};
const encoded = encodePosterPdfWithReport(options);

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 3);

describe('page boxes', () => {
  test('TrimBox is the A3 trim, BleedBox adds 3 mm, MediaBox holds both and the marks', async () => {
    const { doc } = await inspectPdf((await encoded).pdf);
    const page = doc.getPage(0);
    const trim = page.getTrimBox();
    const bleed = page.getBleedBox();
    const media = page.getMediaBox();
    close(trim.width, mmToPt(297));
    close(trim.height, mmToPt(420));
    close(trim.x - bleed.x, mmToPt(3));
    close(bleed.width, mmToPt(303));
    close(bleed.height, mmToPt(426));
    expect(bleed.x).toBeGreaterThan(media.x);
    expect(bleed.y + bleed.height).toBeLessThan(media.y + media.height);
    close(media.width - (bleed.x + bleed.width), bleed.x);
  });

  test('boxes are written in the page dictionary, not only reported', async () => {
    const { doc } = await inspectPdf((await encoded).pdf);
    const node = doc.getPage(0).node;
    for (const name of ['MediaBox', 'BleedBox', 'TrimBox']) {
      expect(boxOf(node.lookupMaybe(PDFName.of(name), PDFArray))).toHaveLength(4);
    }
  });
});

describe('crop marks', () => {
  test('eight registration-colour marks on the trim lines, all outside the bleed', async () => {
    const { doc, pageContent } = await inspectPdf((await encoded).pdf);
    const page = doc.getPage(0);
    const trim = page.getTrimBox();
    const bleed = page.getBleedBox();
    const marks = strokedLines(pageContent).filter((line) => line.colour === 'DeviceCMYK 1 1 1 1');
    expect(marks).toHaveLength(8);
    const trimXs = [trim.x, trim.x + trim.width];
    const trimYs = [trim.y, trim.y + trim.height];
    const inBleed = ([x, y]: readonly [number, number]) =>
      x >= bleed.x && x <= bleed.x + bleed.width && y >= bleed.y && y <= bleed.y + bleed.height;
    for (const mark of marks) {
      expect(inBleed(mark.from) || inBleed(mark.to)).toBe(false);
      const vertical = Math.abs(mark.from[0] - mark.to[0]) < 1e-3;
      const onTrimLine = vertical
        ? trimXs.some((x) => Math.abs(x - mark.from[0]) < 1e-3)
        : trimYs.some((y) => Math.abs(y - mark.from[1]) < 1e-3);
      expect(onTrimLine).toBe(true);
      const length = Math.hypot(mark.to[0] - mark.from[0], mark.to[1] - mark.from[1]);
      close(length, mmToPt(5));
    }
  });
});

describe('crop marks from the prepress tokens', () => {
  const tokens = { offsetMm: 3, lengthMm: 5, strokeWidthMm: 0.1 };

  test('an offset equal to the bleed starts the marks on the bleed edge, never inside', async () => {
    const { doc, pageContent } = await inspectPdf(await encodePosterPdf({ ...options, cropMarks: tokens }));
    const page = doc.getPage(0);
    const trim = page.getTrimBox();
    const bleed = page.getBleedBox();
    const marks = strokedLines(pageContent).filter((line) => line.colour === 'DeviceCMYK 1 1 1 1');
    expect(marks).toHaveLength(8);
    const inside = ([x, y]: readonly [number, number]) =>
      x > bleed.x + 1e-3 &&
      x < bleed.x + bleed.width - 1e-3 &&
      y > bleed.y + 1e-3 &&
      y < bleed.y + bleed.height - 1e-3;
    for (const mark of marks) {
      expect(inside(mark.from) || inside(mark.to)).toBe(false);
      const gap = Math.min(
        ...[mark.from, mark.to]
          .flatMap(([x, y]) => [
            Math.abs(x - trim.x),
            Math.abs(x - trim.x - trim.width),
            Math.abs(y - trim.y),
            Math.abs(y - trim.y - trim.height),
          ])
          .filter((distance) => distance > 1e-3),
      );
      close(gap, mmToPt(3));
    }
    const widths = [...pageContent.matchAll(/^([\d.]+) w$/gm)].map((match) => Number(match[1]));
    expect(widths.some((width) => Math.abs(width - mmToPt(0.1)) < 1e-3)).toBe(true);
  });

  test('an offset smaller than the bleed is refused', async () => {
    const error = await encodePosterPdf({ ...options, cropMarks: { ...tokens, offsetMm: 2 } }).catch(
      (caught: unknown) => caught,
    );
    expect(isBlasonError(error) && error.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['print/crop-marks-in-bleed', 'cropMarks.offsetMm'],
    ]);
  });
});

describe('colour', () => {
  test('brand colours are written as DeviceCMYK with the tokens’ values', async () => {
    const { pdf, report } = await encoded;
    const { pageContent, otherContents } = await inspectPdf(pdf);
    const all = [pageContent, ...otherContents].join('\n');
    expect(pageContent).toContain('/DeviceCMYK cs');
    expect(all).toMatch(/^0\.95 0\.5 0\.25 0\.3 scn$/m);
    expect(all).toMatch(/^0\.01 0\.01 0 0 scn$/m);
    expect(report.cmykColours).toContainEqual({ hex: '#0b4f6c', cmyk: [95, 50, 25, 30] });
    expect(report.rgbColours).toEqual([]);
  });

  test('the gradient is a DeviceCMYK shading between the two brand colours', async () => {
    const { pdf } = await encoded;
    const { shadingSpaces, doc } = await inspectPdf(pdf);
    expect(shadingSpaces.length).toBeGreaterThan(0);
    expect(new Set(shadingSpaces)).toEqual(new Set(['DeviceCMYK']));
    const functions = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object.toString())
      .filter((text) => text.includes('/FunctionType 2'));
    expect(functions.join('\n')).toMatch(/\/C0 \[ 0\.95 0\.5 0\.25 0\.3 \]/);
    expect(functions.join('\n')).toMatch(/\/C1 \[ 0\.75 0\.05 0 0 \]/);
  });

  test('no RGB colour operator or RGB blending space anywhere; only the photo stays RGB', async () => {
    const { pdf, report } = await encoded;
    const { pageContent, otherContents, groupSpaces, imageSpaces } = await inspectPdf(pdf);
    for (const content of [pageContent, ...otherContents]) {
      expect(content).not.toMatch(/(^|\s)(rg|RG)(\s|$)/);
      expect(content).not.toContain('DeviceRGB');
    }
    expect(groupSpaces.every((space) => space === 'DeviceCMYK')).toBe(true);
    expect(imageSpaces).toEqual(['DeviceRGB']);
    expect(report.rasterImages).toEqual([{ mediaType: 'image/png', bytes: expect.any(Number) }]);
  });

  test('a colour with no CMYK value is reported, not guessed', async () => {
    const partial = { ...options, cmyk: (hex: string) => (hex === '#01baef' ? undefined : brand[hex]) };
    const error = await encodePosterPdf(partial).catch((caught: unknown) => caught);
    expect(isBlasonError(error)).toBe(true);
    if (!isBlasonError(error)) return;
    expect(error.problems.map((problem) => [problem.code, problem.path])).toContainEqual([
      'print/missing-cmyk',
      '#01baef',
    ]);
    expect(error.problems[0]?.message).toContain('#01baef');
  });

  test('an invalid CMYK value is an error even when RGB is allowed', async () => {
    const broken = {
      ...options,
      allowRgb: true,
      cmyk: (hex: string) => (hex === '#0b4f6c' ? ([0, 120, 0, 0] as const) : brand[hex]),
    };
    await expect(encodePosterPdf(broken)).rejects.toThrow(/#0b4f6c/);
  });

  test('allowRgb keeps uncovered colours in RGB and lists them', async () => {
    const rgbText = svg.replaceAll('fill="#fbfbff"', 'fill="#123456"');
    const { pdf, report } = await encodePosterPdfWithReport({ ...options, svg: rgbText, allowRgb: true });
    expect(report.rgbColours).toEqual(['#123456']);
    const { pageContent, otherContents } = await inspectPdf(pdf);
    expect([pageContent, ...otherContents].join('\n')).toMatch(/^0\.0705\d* 0\.2039\d* 0\.3372\d* scn$/m);
  });
});

describe('vector and text', () => {
  test('text is drawn as paths: no text operator and no font', async () => {
    const { pageContent, otherContents, fontCount } = await inspectPdf((await encoded).pdf);
    for (const content of [pageContent, ...otherContents]) {
      expect(content).not.toMatch(/(^|\s)(BT|Tj|TJ|Tf)(\s|$)/);
    }
    expect(fontCount).toBe(0);
    expect(pageContent.match(/ c$/gm)?.length ?? 0).toBeGreaterThan(500);
  });

  test('an SVG with <text>, a script or an outside reference is refused with its reason', async () => {
    const bad = [
      [svg.replace('</svg>', '<text x="0" y="0">Bonjour</text></svg>'), 'print/svg-text'],
      [svg.replace('</svg>', '<script>alert(1)</script></svg>'), 'print/svg-script'],
      [svg.replace('</svg>', '<image href="https://example.org/a.png"/></svg>'), 'print/external-reference'],
      [svg.replace('</svg>', '<image href="/etc/passwd"/></svg>'), 'print/external-reference'],
    ] as const;
    for (const [input, code] of bad) {
      const error = await encodePosterPdf({ ...options, svg: input }).catch((caught: unknown) => caught);
      expect(isBlasonError(error) && error.problems.map((problem) => problem.code)).toContain(code);
    }
  });

  test('an SVG of the wrong proportions (a social format) is refused', async () => {
    const square = svg.replace(
      /<svg width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/,
      '<svg width="1080" height="1080" viewBox="0 0 1080 1080"',
    );
    await expect(encodePosterPdf({ ...options, svg: square })).rejects.toThrow(/proportions/);
  });
});

describe('readPrintFacts', () => {
  test('reads back trim, bleed, CMYK drawing, the RGB photo and no font', async () => {
    expect(await readPrintFacts((await encoded).pdf)).toEqual({
      trimMm: { width: 297, height: 420 },
      bleedMm: 3,
      vectorColourSpaces: ['DeviceCMYK'],
      rasterImages: [{ colourSpace: 'DeviceRGB', width: 48, height: 24 }],
      fonts: 0,
    });
  });

  test('an RGB drawing is reported as such', async () => {
    const rgbText = svg.replaceAll('fill="#fbfbff"', 'fill="#123456"');
    const { pdf } = await encodePosterPdfWithReport({ ...options, svg: rgbText, allowRgb: true });
    expect((await readPrintFacts(pdf)).vectorColourSpaces).toEqual(['DeviceCMYK', 'DeviceRGB']);
  });
});

describe('metadata and determinism', () => {
  test('title, subject, author, keywords, dates, producer and language fr-FR', async () => {
    const { doc } = await inspectPdf((await encoded).pdf);
    expect(doc.getTitle()).toBe('Journée des ateliers');
    expect(doc.getSubject()).toBe('Affiche A3 — campagne ateliers');
    expect(doc.getAuthor()).toBe('Communauté d’agglomération du Pays de Saint-Omer');
    expect(doc.getKeywords()).toBe('ateliers, Pays de Saint-Omer');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-01T09:30:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-03-01T09:30:00.000Z');
    expect(doc.getProducer()).toContain('PDFKit');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('fr-FR');
  });

  test('an XMP packet repeats the metadata, escaped, with dc:language', async () => {
    const { pdf } = await encodePosterPdfWithReport({
      ...options,
      metadata: { ...options.metadata, title: 'Ateliers & <rencontres>' },
    });
    const { doc } = await inspectPdf(pdf);
    const stream = doc.catalog.lookup(PDFName.of('Metadata'));
    if (!(stream instanceof PDFRawStream)) throw new Error('the catalog has no XMP stream');
    const xmp = Buffer.from(stream.getContents()).toString('utf8');
    expect(xmp).toContain('<rdf:li xml:lang="fr-FR">Ateliers &amp; &lt;rencontres&gt;</rdf:li>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreateDate>2026-03-01T09:30:00Z</xmp:CreateDate>');
    expect(xmp).toContain(
      '<dc:creator><rdf:Seq><rdf:li>Communauté d’agglomération du Pays de Saint-Omer</rdf:li>',
    );
    expect(xmp.match(/<rdf:Description /g)).toHaveLength(3);
    expect(doc.getTitle()).toBe('Ateliers & <rencontres>');
  });

  test('two runs give byte-identical PDFs; another date changes the bytes', async () => {
    const first = (await encoded).pdf;
    const second = await encodePosterPdf(options);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const later = await encodePosterPdf({ ...options, date: new Date('2026-03-02T09:30:00Z') });
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false);
  });

  test('metadata must be complete and the date valid', async () => {
    const error = await encodePosterPdf({
      ...options,
      metadata: { ...options.metadata, author: ' ' },
      date: new Date('not a date'),
    }).catch((caught: unknown) => caught);
    expect(isBlasonError(error) && error.problems.map((problem) => problem.path)).toEqual([
      'date',
      'metadata.author',
    ]);
  });
});

const pdftoppm = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((path) => existsSync(path));

describe.skipIf(!pdftoppm)('rendered page (pdftoppm)', () => {
  test('the page rendered at 24 dpi matches the baseline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blason-print-'));
    const pdfFile = join(dir, 'poster.pdf');
    writeFileSync(pdfFile, (await encoded).pdf);
    execFileSync(pdftoppm ?? 'pdftoppm', ['-r', '24', '-png', '-singlefile', pdfFile, join(dir, 'page')]);
    const actual = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    const baselineUrl = new URL('poster-a3.baseline.png', fixtures);
    if (process.env.UPDATE_BASELINES === '1' || !existsSync(baselineUrl)) {
      writeFileSync(baselineUrl, PNG.sync.write(actual));
    }
    const expected = PNG.sync.read(readFileSync(baselineUrl));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const diff = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, {
      threshold: 0.1,
    });
    expect(diff / (actual.width * actual.height)).toBeLessThan(0.002);
    // The trim area is brand colour: sample the middle of the page, well away from the text.
    const middle = (actual.width * Math.round(actual.height * 0.6) + Math.round(actual.width / 2)) * 4;
    const [r, g, b] = [actual.data[middle], actual.data[middle + 1], actual.data[middle + 2]];
    expect((b ?? 0) > (r ?? 0)).toBe(true);
    expect(g).toBeDefined();
  });
});

if (!pdftoppm) {
  console.warn('pdftoppm (poppler-utils) is not installed: the rendered-page comparison is skipped.');
}
