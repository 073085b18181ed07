import { readFileSync } from 'node:fs';
import { isBlasonError } from '@blason/core';
import { describe, expect, test } from 'vitest';
import { encodeVectorPdf, encodeVectorPdfWithReport } from '../src/index.js';
import { inspectPdf, strokedLines } from './inspect-pdf.js';

const logo =
  '<svg width="200" height="80" viewBox="0 0 200 80" xmlns="http://www.w3.org/2000/svg">' +
  '<path d="M0 0h200v80H0z" fill="#0b4f6c"/><path d="M20 20h60v40H20z" fill="#ffffff"/></svg>';
const metadata = { title: 'Logo', subject: 'Logotype', author: 'Pays de Saint-Omer', lang: 'fr-FR' };
const date = new Date('2026-01-01T00:00:00Z');

describe('encodeVectorPdf', () => {
  test('the page is the requested size, with no bleed and no marks', async () => {
    const { doc, pageContent } = await inspectPdf(
      await encodeVectorPdf({ svg: logo, widthPt: 150, heightPt: 60, metadata, date }),
    );
    const page = doc.getPage(0);
    expect(page.getMediaBox()).toEqual({ x: 0, y: 0, width: 150, height: 60 });
    expect(page.getTrimBox()).toEqual(page.getMediaBox());
    expect(strokedLines(pageContent)).toEqual([]);
  });

  test('without a CMYK lookup the colours stay RGB (screen use) and nothing is reported missing', async () => {
    const { pdf, report } = await encodeVectorPdfWithReport({
      svg: logo,
      widthPt: 150,
      heightPt: 60,
      metadata,
      date,
    });
    const { pageContent } = await inspectPdf(pdf);
    expect(pageContent).toMatch(/\/DeviceRGB cs/);
    expect(report.cmykColours).toEqual([]);
  });

  test('with a lookup, colours are CMYK and a missing one is an error', async () => {
    const { pdf } = await encodeVectorPdfWithReport({
      svg: logo,
      widthPt: 150,
      heightPt: 60,
      metadata,
      date,
      cmyk: (hex) => (hex === '#0b4f6c' ? [95, 50, 25, 30] : undefined),
    });
    expect((await inspectPdf(pdf)).pageContent).toMatch(/^0\.95 0\.5 0\.25 0\.3 scn$/m);
    const error = await encodeVectorPdf({
      svg: logo,
      widthPt: 150,
      heightPt: 60,
      metadata,
      date,
      cmyk: () => undefined,
    }).catch((caught: unknown) => caught);
    expect(isBlasonError(error) && error.problems.map((problem) => problem.path)).toEqual(['#0b4f6c']);
  });

  test('a non-positive page size is refused', async () => {
    await expect(encodeVectorPdf({ svg: logo, widthPt: 0, heightPt: 60, metadata, date })).rejects.toThrow(
      /page is 0×60 pt/,
    );
  });

  test('deterministic', async () => {
    const make = () => encodeVectorPdf({ svg: logo, widthPt: 150, heightPt: 60, metadata, date });
    expect(Buffer.from(await make()).equals(Buffer.from(await make()))).toBe(true);
  });
});

describe('poster fixture', () => {
  test('the committed satori fixture has text as paths', () => {
    const svg = readFileSync(new URL('./fixtures/poster-a3.svg', import.meta.url), 'utf8');
    expect(svg).not.toContain('<text');
  });
});

describe('contentDate', () => {
  test('same content, same date; other content, another date; within 2020–2030', async () => {
    const { contentDate } = await import('../src/index.js');
    const a = contentDate('<svg>a</svg>');
    expect(contentDate('<svg>a</svg>').getTime()).toBe(a.getTime());
    expect(contentDate('<svg>b</svg>').getTime()).not.toBe(a.getTime());
    expect(a.getUTCFullYear()).toBeGreaterThanOrEqual(2020);
    expect(a.getUTCFullYear()).toBeLessThan(2030);
    expect(a.getUTCMilliseconds()).toBe(0);
  });
});
