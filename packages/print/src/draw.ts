/// <reference path="./svg-to-pdfkit.d.ts" />
import { BlasonError, type Problem } from '@blason/core';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { type CmykLookup, ColourMapper } from './colour.js';
import { boxHeight, boxWidth, type PdfBox, type Segment } from './geometry.js';
import { paintDrawable } from './subset/paint.js';
import { planSvg } from './subset/plan.js';
import { parseSvgTree } from './subset/tree.js';
import { type PreparedSvg, prepareSvg, unsafeSvgProblems } from './svg-input.js';
import type { EmbeddedImage, PdfMetadata, PrintPdf, PrintReport } from './types.js';
import { xmpDescription } from './xmp.js';

/** Registration colour for crop marks: every plate, so the marks show on each separation. */
const REGISTRATION = [100, 100, 100, 100];
const PRODUCER = 'Blason (PDFKit, svg-to-pdfkit)';
const CREATOR = 'Blason';
/**
 * svg-to-pdfkit's curve precision: at 2 an arc is split into cubics of at most 90° (the usual
 * approximation, exact to the eye), and its per-curve length tables cost a third less than at 3.
 */
const CURVE_PRECISION = 2;

/** One page: its boxes, where the SVG goes, and the marks drawn around it. */
export interface PageJob {
  readonly svg: string;
  readonly mediaBox: PdfBox;
  readonly bleedBox: PdfBox;
  readonly trimBox: PdfBox;
  /** Where the SVG is drawn (and clipped), PDF coordinates. */
  readonly artBox: PdfBox;
  readonly cropMarks: readonly Segment[];
  readonly markStrokePt: number;
  readonly cmyk: CmykLookup | undefined;
  readonly allowRgb: boolean;
  readonly metadata: PdfMetadata;
  readonly date: Date;
}

/** Draws one SVG page with PDFKit and returns the bytes with what went into them. */
export async function drawSvgPage(job: PageJob): Promise<PrintPdf> {
  assertInputs(job);
  const width = boxWidth(job.artBox);
  const height = boxHeight(job.artBox);
  const prepared = prepareSvg(job.svg, width, height);
  if ('code' in prepared) throw new BlasonError('Cannot read the SVG to print', [prepared]);
  const sizeProblem = aspectProblem(prepared.viewBoxWidth, prepared.viewBoxHeight, width, height);
  if (sizeProblem) throw new BlasonError('The SVG does not match the page', [sizeProblem]);

  const doc = createDocument(job);
  const pageHeight = job.mediaBox[3];
  const colours = new ColourMapper(job.cmyk);
  const images: EmbeddedImage[] = [];
  const warnings: Problem[] = [];
  const [left, , , top] = job.artBox;
  doc.save();
  doc.rect(left, pageHeight - top, width, height).clip();
  const restoreRef = job.cmyk ? blendGroupsInCmyk(doc) : () => {};
  let painter: PrintReport['painter'];
  try {
    painter = drawSvg(doc, prepared, [left, pageHeight - top, width, height], {
      colours,
      images,
      warnings,
    });
  } catch (error) {
    if (error instanceof BlasonError) throw error;
    // A gradient mixing CMYK and uncovered RGB stops makes PDFKit throw: name the colours first.
    throw new BlasonError('The SVG could not be drawn into the PDF', [
      ...colours.problems(),
      { code: 'print/draw-failed', message: error instanceof Error ? error.message : String(error) },
    ]);
  } finally {
    restoreRef();
  }
  doc.restore();
  drawCropMarks(doc, job.cropMarks, pageHeight, job.markStrokePt);
  setPageBoxes(doc, job);

  const colourProblems = colours
    .problems()
    .filter((problem) => !(job.allowRgb && problem.code === 'print/missing-cmyk'));
  if (colourProblems.length > 0) {
    throw new BlasonError('Some colours have no usable CMYK value for print', colourProblems);
  }
  const pdf = await finish(doc);
  return {
    pdf,
    report: {
      pageBoxes: { mediaBox: job.mediaBox, bleedBox: job.bleedBox, trimBox: job.trimBox },
      cmykColours: colours.cmykColours(),
      rgbColours: colours.rgbColours(),
      rasterImages: images,
      warnings,
      painter,
    },
  };
}

function assertInputs(job: PageJob): void {
  const problems: Problem[] = [...unsafeSvgProblems(job.svg)];
  if (/<text\b/.test(job.svg)) {
    problems.push({
      code: 'print/svg-text',
      message: 'the SVG contains <text>: print needs text converted to paths (satori does this)',
    });
  }
  if (!(job.date instanceof Date) || Number.isNaN(job.date.getTime())) {
    problems.push({ code: 'print/invalid-date', message: 'date is not a valid Date', path: 'date' });
  }
  for (const key of ['title', 'subject', 'author', 'lang'] as const) {
    if (!job.metadata[key]?.trim()) {
      problems.push({
        code: 'print/missing-metadata',
        message: `metadata.${key} is empty`,
        path: `metadata.${key}`,
      });
    }
  }
  if (problems.length > 0) throw new BlasonError('Cannot make a print PDF from this input', problems);
}

/** Satori rounds sizes to whole pixels; anything beyond rounding means the wrong format. */
function aspectProblem(svgW: number, svgH: number, boxW: number, boxH: number): Problem | undefined {
  const ratio = svgW / svgH / (boxW / boxH);
  if (Math.abs(ratio - 1) <= 0.005) return undefined;
  return {
    code: 'print/svg-size',
    message: `the SVG is ${svgW}×${svgH}, whose proportions differ from the ${boxW.toFixed(1)}×${boxH.toFixed(1)} pt area it must fill`,
    expected: 'an SVG rendered at the size of the trim plus the bleed',
  };
}

function createDocument(job: PageJob): PDFKit.PDFDocument {
  const { metadata, date } = job;
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: '1.6',
    lang: metadata.lang,
    displayTitle: true,
    info: {
      Title: metadata.title,
      Subject: metadata.subject,
      Author: metadata.author,
      ...(metadata.keywords?.length ? { Keywords: metadata.keywords.join(', ') } : {}),
      Creator: CREATOR,
      Producer: PRODUCER,
      CreationDate: date,
      ModDate: date,
    },
  });
  // PDFKit calls _addInfo when it ends the document to fill its XMP packet.
  (doc as unknown as { _addInfo: () => void })._addInfo = () =>
    doc.appendXML(xmpDescription(metadata, date, CREATOR, PRODUCER));
  doc.addPage({ size: [job.mediaBox[2], job.mediaBox[3]], margin: 0 });
  return doc;
}

interface DrawSinks {
  readonly colours: ColourMapper;
  readonly images: EmbeddedImage[];
  readonly warnings: Problem[];
}

/**
 * Draws the SVG at `[x, y]` (PDFKit's top-left coordinates) over `width` × `height` pt. What
 * satori writes goes through the subset painter, which draws each path once, straight from its
 * data; anything else (gradients, patterns, real masks, text) through svg-to-pdfkit, which reads
 * the whole of SVG but builds an object model of every path first (about half a poster's time).
 */
function drawSvg(
  doc: PDFKit.PDFDocument,
  prepared: PreparedSvg,
  [x, y, width, height]: readonly [number, number, number, number],
  sinks: DrawSinks,
): PrintReport['painter'] {
  const tree = parseSvgTree(prepared.svg);
  const plan = tree ? planSvg(tree, width, height) : undefined;
  if (plan && 'drawable' in plan) {
    doc.save().translate(x, y);
    paintDrawable(doc, plan.drawable, {
      colour: (colour) =>
        sinks.colours.callback([[...colour.rgb], colour.alpha], colour.raw) as [number[], number],
      image: (href) => acceptImage(href, sinks.images),
    });
    doc.restore();
    return 'subset';
  }
  SVGtoPDF(doc, prepared.svg, x, y, {
    assumePt: true,
    precision: CURVE_PRECISION,
    colorCallback: sinks.colours.callback,
    imageCallback: (link) => acceptImage(link, sinks.images),
    documentCallback: () => undefined,
    warningCallback: (message) =>
      sinks.warnings.push({ code: 'print/svg-warning', message, severity: 'warning' }),
  });
  return 'svg-to-pdfkit';
}

/** Only embedded PNG and JPEG data URIs: a print file never fetches or reads anything else. */
function acceptImage(link: string, images: EmbeddedImage[]): string {
  const match = /^data:(image\/(?:png|jpeg));base64,/.exec(link.trim());
  if (!match) {
    throw new BlasonError('The SVG embeds an image print cannot take', [
      {
        code: 'print/unsupported-image',
        message: `image ${link.slice(0, 60)} is not an embedded PNG or JPEG`,
        expected: 'a data:image/png or data:image/jpeg URI',
      },
    ]);
  }
  const base64 = link.trim().slice(match[0].length).replace(/\s+/g, '');
  images.push({ mediaType: match[1] ?? 'image/png', bytes: Math.floor((base64.length * 3) / 4) });
  return link.replace(/\s+/g, '');
}

type RefData = {
  Group?: { S?: string; CS?: string };
  SMask?: { S?: string; BC?: number[] };
};

/**
 * svg-to-pdfkit declares every transparency group (opacity, masks, patterns) in DeviceRGB,
 * which a preflight flags in a CMYK file. While it draws, groups are declared in DeviceCMYK
 * and luminosity-mask backdrops are rewritten to the same black or paper white in CMYK.
 */
function blendGroupsInCmyk(doc: PDFKit.PDFDocument): () => void {
  const target = doc as unknown as { ref: (data?: RefData) => unknown };
  const original = target.ref;
  target.ref = function ref(this: unknown, data?: RefData) {
    if (data?.Group?.S === 'Transparency' && data.Group.CS === 'DeviceRGB') {
      data.Group.CS = 'DeviceCMYK';
    }
    const mask = data?.SMask;
    if (mask?.S === 'Luminosity' && mask.BC?.length === 3) {
      mask.BC = mask.BC[0] === 0 ? [0, 0, 0, 1] : [0, 0, 0, 0];
    }
    return original.call(this, data);
  };
  return () => {
    delete (target as { ref?: unknown }).ref;
  };
}

function drawCropMarks(
  doc: PDFKit.PDFDocument,
  marks: readonly Segment[],
  pageHeight: number,
  strokePt: number,
): void {
  if (marks.length === 0) return;
  doc
    .save()
    .lineWidth(strokePt)
    .strokeColor(REGISTRATION as unknown as string);
  for (const mark of marks) {
    doc.moveTo(mark.x1, pageHeight - mark.y1).lineTo(mark.x2, pageHeight - mark.y2);
  }
  doc.stroke().restore();
}

/** PDFKit has no API for these boxes: they go straight into the page dictionary. */
function setPageBoxes(doc: PDFKit.PDFDocument, job: PageJob): void {
  const page = (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary;
  page.data.BleedBox = [...job.bleedBox];
  page.data.TrimBox = [...job.trimBox];
}

function finish(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
