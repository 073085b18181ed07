import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBlasonError } from '@blason/core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import svgpath from 'svgpath';
import { describe, expect, test } from 'vitest';
import { type Cmyk, encodeVectorPdfWithReport, type VectorPdfOptions } from '../src/index.js';
import { parsePathData } from '../src/subset/path-data.js';
import { inspectPdf } from './inspect-pdf.js';

/** A 3 × 2 PNG, one colour per pixel, to see where an image lands and how it is cropped. */
function pixelsPng(): string {
  const png = new PNG({ width: 3, height: 2 });
  const colours = [
    [200, 30, 30],
    [30, 160, 60],
    [30, 60, 200],
    [240, 200, 20],
    [20, 20, 20],
    [240, 240, 240],
  ];
  for (const [i, [r = 0, g = 0, b = 0]] of colours.entries()) png.data.set([r, g, b, 255], i * 4);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

/** What satori writes for a visual, with every feature the subset painter draws. */
const satoriLike = `<svg width="400" height="300" viewBox="0 0 400 300" xmlns="http://www.w3.org/2000/svg">
<mask id="satori_om-id"><rect x="0" y="0" width="400" height="300" fill="#fff"/></mask>
<rect x="0" y="0" width="400" height="300" fill="#fbfbff"/>
<clipPath id="satori_cp-id-0"><rect x="20" y="20" width="160" height="120"/></clipPath>
<mask id="satori_om-id-0"><rect x="20" y="20" width="160" height="120" fill="#fff"/></mask>
<g clip-path="url(#satori_cp-id-0)" mask="url(#satori_om-id-0)">
  <g transform="matrix(1 0 0 1 20 20)"><path d="M0 0H200V90Q100 150 0 90Z" fill="#0b4f6c"/></g>
</g>
<path d="M200 40q40 -60 80 0t80 0T440 40" fill="none" stroke="#01baef" stroke-width="6" stroke-linecap="round"/>
<path d="M200 100c20 -40 60 -40 80 0s60 40 80 0" fill="none" stroke="#0b4f6c" stroke-width="4" stroke-dasharray="10 6"/>
<path d="M220 180a30 20 0 1 0 60 0a30 20 0 1 0 -60 0z" fill="#01baef" fill-opacity="0.5"/>
<rect x="300" y="160" width="80" height="50" rx="12" fill="#0b4f6c" stroke="#01baef" stroke-width="3"/>
<circle cx="60" cy="220" r="40" fill="#01baef"/>
<line x1="200" y1="140" x2="380" y2="140" stroke="#0b4f6c" stroke-width="3" stroke-dasharray="8 4"/>
<clipPath id="frame"><path d="M20 270h60v25h-60zM30 275h40v15h-40z" clip-rule="evenodd"/></clipPath>
<rect x="0" y="260" width="100" height="40" fill="#0b4f6c" clip-path="url(#frame)"/>
<path x="110" y="180" width="90" height="60" fill="none" stroke="#0b4f6c" stroke-width="2" d="M110 180h80v60h-80z"/>
<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60" viewBox="0 0 24 24" x="120" y="230" preserveAspectRatio="xMidYMid meet" fill="none" stroke="#0b4f6c" stroke-width="2">
  <title id="t">Pictogramme</title>
  <rect x="2" y="2" width="20" height="20" rx="4"/><path d="M6 18 L12 6 L18 18"/><circle cx="30" cy="12" r="8" fill="#0b4f6c"/>
</svg>
<image x="200" y="220" width="90" height="60" href="${pixelsPng()}" preserveAspectRatio="none"/>
<image x="300" y="220" width="90" height="40" href="${pixelsPng()}" preserveAspectRatio="xMidYMid slice"/>
</svg>`;

const brand: Record<string, Cmyk> = {
  '#0b4f6c': [95, 50, 25, 30],
  '#01baef': [75, 5, 0, 0],
  '#fbfbff': [1, 1, 0, 0],
};
const options: VectorPdfOptions = {
  svg: satoriLike,
  widthPt: 300,
  heightPt: 225,
  cmyk: (hex) => brand[hex],
  metadata: { title: 'Sous-ensemble', subject: 'Essai', author: 'Pays de Saint-Omer', lang: 'fr-FR' },
  date: new Date('2026-01-01T00:00:00Z'),
};

/** The same SVG with an attribute the subset does not take: svg-to-pdfkit draws it. */
const throughSvgToPdfkit = (svg: string) => svg.replace('<svg ', '<svg data-reader="svg-to-pdfkit" ');

describe('which painter draws the SVG', () => {
  test('what satori writes is drawn by the subset painter', async () => {
    expect((await encodeVectorPdfWithReport(options)).report.painter).toBe('subset');
  });

  test.each([
    ['a gradient fill', '<path d="M0 0h10v10z" fill="url(#g)"/><linearGradient id="g"/>'],
    ['a style sheet', '<style>path { fill: red }</style>'],
    ['a group opacity', '<g opacity="0.5"><path d="M0 0h10v10z"/></g>'],
    [
      'a mask other than a white rectangle',
      '<mask id="m"><circle r="4" fill="#fff"/></mask><g mask="url(#m)"/>',
    ],
    [
      'a clipPath of two shapes',
      '<clipPath id="c"><rect width="1" height="1"/><rect width="2" height="2"/></clipPath><g clip-path="url(#c)"/>',
    ],
    ['an ellipse', '<ellipse cx="5" cy="5" rx="4" ry="2"/>'],
    ['path data with an error', '<path d="M0 0 L 10"/>'],
    ['a use element', '<defs><path id="p" d="M0 0h10v10z"/></defs><use href="#p"/>'],
    ['a clip-rule the clip would inherit', '<g clip-rule="evenodd"/>'],
    ['a colour by name', '<path d="M0 0h10v10z" fill="tomato"/>'],
  ])('%s goes to svg-to-pdfkit', async (_what, element) => {
    const end = satoriLike.lastIndexOf('</svg>');
    const svg = `${satoriLike.slice(0, end)}${element}</svg>`;
    const { report } = await encodeVectorPdfWithReport({
      ...options,
      svg,
      cmyk: (hex) => brand[hex] ?? [0, 0, 0, 100],
    });
    expect(report.painter).toBe('svg-to-pdfkit');
  });
});

describe('the subset painter draws as svg-to-pdfkit does', () => {
  test('the same CMYK colours, images and no transparency group', async () => {
    const subset = await encodeVectorPdfWithReport(options);
    const reference = await encodeVectorPdfWithReport({ ...options, svg: throughSvgToPdfkit(satoriLike) });
    expect(reference.report.painter).toBe('svg-to-pdfkit');
    // svg-to-pdfkit also paints satori's overflow masks, in white; the subset clips with them.
    const unmasked = reference.report.cmykColours.filter((colour) => colour.hex !== '#ffffff');
    expect(subset.report.cmykColours).toEqual(unmasked);
    expect(subset.report.rgbColours).toEqual([]);
    expect(subset.report.rasterImages).toEqual(reference.report.rasterImages);
    // Satori's overflow masks are drawn as the clips they are: nothing for a preflight to flag.
    expect((await inspectPdf(subset.pdf)).groupSpaces).toEqual([]);
    expect((await inspectPdf(subset.pdf)).pageContent).not.toMatch(/\/DeviceRGB (cs|CS)/);
  });

  test('byte-identical on a second run', async () => {
    const [a, b] = await Promise.all([
      encodeVectorPdfWithReport(options),
      encodeVectorPdfWithReport(options),
    ]);
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
  });

  test('an image that is not an embedded PNG or JPEG is refused by name', async () => {
    const svg = satoriLike.replace(
      /href="data:image\/png;base64,[^"]*"/,
      'href="data:image/gif;base64,R0lGOD=="',
    );
    const error = await encodeVectorPdfWithReport({ ...options, svg }).catch((caught: unknown) => caught);
    expect(isBlasonError(error) && error.problems.map((problem) => problem.code)).toEqual([
      'print/unsupported-image',
    ]);
  });
});

const pdftoppm = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((path) => existsSync(path));

describe.skipIf(!pdftoppm)('rendered pages (pdftoppm)', () => {
  const render = (pdf: Uint8Array, name: string, dpi = 144) => {
    const dir = mkdtempSync(join(tmpdir(), 'blason-subset-'));
    writeFileSync(join(dir, `${name}.pdf`), pdf);
    execFileSync(pdftoppm ?? 'pdftoppm', [
      '-r',
      String(dpi),
      '-png',
      '-singlefile',
      join(dir, `${name}.pdf`),
      join(dir, name),
    ]);
    return PNG.sync.read(readFileSync(join(dir, `${name}.png`)));
  };

  test('the page matches svg-to-pdfkit’s to the pixel (quadratics, arcs, dashes, clip rules, images)', async () => {
    const subset = render((await encodeVectorPdfWithReport(options)).pdf, 'subset');
    const reference = render(
      (await encodeVectorPdfWithReport({ ...options, svg: throughSvgToPdfkit(satoriLike) })).pdf,
      'reference',
    );
    expect([subset.width, subset.height]).toEqual([reference.width, reference.height]);
    const differing = pixelmatch(subset.data, reference.data, undefined, subset.width, subset.height, {
      threshold: 0.1,
    });
    expect(differing / (subset.width * subset.height)).toBeLessThan(0.001);
  });

  test('satori’s dotted border draws its dots, which svg-to-pdfkit cannot (PDFKit refuses a zero dash)', async () => {
    const dotted =
      '<svg width="400" height="100" viewBox="0 0 400 100" xmlns="http://www.w3.org/2000/svg">' +
      '<rect x="0" y="0" width="400" height="100" fill="#fbfbff"/>' +
      '<path d="M20 50H380" fill="none" stroke="#0b4f6c" stroke-width="10" stroke-linecap="round" stroke-dasharray="0 40"/>' +
      '</svg>';
    const { pdf, report } = await encodeVectorPdfWithReport({ ...options, svg: dotted, heightPt: 75 });
    expect(report.painter).toBe('subset');
    expect((await inspectPdf(pdf)).pageContent).toMatch(/^\[0 40\] 0 d$/m);
    // At 96 dpi a user unit is a pixel: dots every 40 px from x = 20, paper between them.
    const page = render(pdf, 'dotted', 96);
    const red = (x: number, y: number) => page.data[(y * page.width + x) * 4] ?? 0;
    for (const x of [20, 60, 340]) expect(red(x, 50)).toBeLessThan(60);
    for (const x of [40, 80, 360]) expect(red(x, 50)).toBeGreaterThan(240);
  });

  test('the check can fail: a quadratic drawn as PDFKit’s `v` curve shows', async () => {
    // PDFKit's own path reader, which the subset painter does not use, draws a quadratic this way.
    const wrong = satoriLike.replace('Q100 150 0 90', 'C200 90 100 150 0 90');
    const subset = render((await encodeVectorPdfWithReport({ ...options, svg: wrong })).pdf, 'wrong');
    const reference = render(
      (await encodeVectorPdfWithReport({ ...options, svg: throughSvgToPdfkit(satoriLike) })).pdf,
      'reference',
    );
    const differing = pixelmatch(subset.data, reference.data, undefined, subset.width, subset.height, {
      threshold: 0.1,
    });
    expect(differing / (subset.width * subset.height)).toBeGreaterThan(0.001);
  });
});

describe('parsePathData', () => {
  /** svgpath's reading of the same data, as absolute lines and cubics, for comparison. */
  const reference = (d: string) => {
    const ops: number[] = [];
    svgpath(d)
      .abs()
      .unshort()
      .unarc()
      .iterate((segment, _index, x, y) => {
        const [command, a = 0, b = 0, c = 0, e = 0, f = 0, g = 0] = segment as [string, ...number[]];
        if (command === 'M') ops.push(0, a, b);
        else if (command === 'L') ops.push(1, a, b);
        else if (command === 'H') ops.push(1, a, y);
        else if (command === 'V') ops.push(1, x, a);
        else if (command === 'C') ops.push(2, a, b, c, e, f, g);
        else if (command === 'Q')
          ops.push(
            2,
            x + (2 / 3) * (a - x),
            y + (2 / 3) * (b - y),
            c + (2 / 3) * (a - c),
            e + (2 / 3) * (b - e),
            c,
            e,
          );
        else ops.push(3);
      });
    return ops;
  };

  test.each([
    'M10 10h5v5H0V0zm1 1l2 2c1 1 2 2 3 3s1 1 2 2S5 5 6 6q1 1 2 2t3 3T9 9Q1 2 3 4z',
    'M1.5.5.5 1e1 L-2-3.25e-1',
    'm0 0 1 1 2 2',
    'M0,0L10,10C1,2,3,4,5,6',
    'M 0 0 t 5 5 s 1 2 3 4',
    'M6.5 13v-1.5a2.5 2.5 0 0 1 5 0V13',
    'M0 0 Q 10 0 10 10 T 20 20 Z M 5 5 q 1 0 1 1 t 1 1',
  ])('%s reads as svgpath reads it', (d) => {
    const ops = parsePathData(d);
    expect(ops).toBeDefined();
    const expected = reference(d);
    expect(ops?.length).toBe(expected.length);
    ops?.forEach((value, i) => {
      expect(value).toBeCloseTo(expected[i] ?? Number.NaN, 9);
    });
  });

  test.each(['L0 0', 'M0', 'M0 0 Z 1', 'M 0 0 L 1 x', 'M0 0 L1 1e', 'M0 0 L .'])('%s is an error', (d) => {
    expect(parsePathData(d)).toBeUndefined();
  });
});
