import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { POINTS_PER_MM } from './geometry.js';

/** A raster image as it is embedded in a PDF. */
export interface RasterFact {
  readonly colourSpace: string;
  readonly width: number;
  readonly height: number;
}

/**
 * What a print PDF really contains, read back from its bytes for the kit manifest: what a print
 * shop's preflight would report (boxes, colour spaces, RGB images, fonts).
 */
export interface PrintFacts {
  /** TrimBox size, mm, rounded to 0.1 mm. */
  readonly trimMm: { readonly width: number; readonly height: number };
  /** Distance from the TrimBox to the BleedBox, mm (0 without bleed). */
  readonly bleedMm: number;
  /** Colour spaces used by the vector drawing (fills, strokes, shadings, blending groups). */
  readonly vectorColourSpaces: readonly string[];
  /** Raster images, embedded as they are (photos stay RGB). */
  readonly rasterImages: readonly RasterFact[];
  readonly fonts: number;
}

const OPERATOR_SPACES: Readonly<Record<string, string>> = {
  rg: 'DeviceRGB',
  RG: 'DeviceRGB',
  k: 'DeviceCMYK',
  K: 'DeviceCMYK',
  g: 'DeviceGray',
  G: 'DeviceGray',
};

/** Reads the facts of the first page of a PDF and of every object it holds. */
export async function readPrintFacts(pdf: Uint8Array): Promise<PrintFacts> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const page = doc.getPage(0);
  const trim = page.getTrimBox();
  const bleed = page.getBleedBox();
  const spaces = new Set<string>();
  const images: RasterFact[] = [];
  let fonts = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict =
      object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict) continue;
    const type = nameOf(dict.get(PDFName.of('Type')));
    if (type === 'Font') fonts += 1;
    const shading = dict.has(PDFName.of('ShadingType')) ? dict.get(PDFName.of('ColorSpace')) : undefined;
    const group = dict.lookupMaybe(PDFName.of('Group'), PDFDict)?.get(PDFName.of('CS'));
    for (const space of [shading, group]) if (space) spaces.add(nameOf(space));
    if (!(object instanceof PDFRawStream) || type === 'Metadata') continue;
    if (nameOf(dict.get(PDFName.of('Subtype'))) === 'Image') {
      images.push({
        colourSpace: nameOf(dict.get(PDFName.of('ColorSpace'))),
        width: numberOf(dict.get(PDFName.of('Width'))),
        height: numberOf(dict.get(PDFName.of('Height'))),
      });
    } else {
      for (const space of contentSpaces(object)) spaces.add(space);
    }
  }
  return {
    trimMm: { width: mm(trim.width), height: mm(trim.height) },
    bleedMm: mm(trim.x - bleed.x),
    vectorColourSpaces: [...spaces].sort(),
    rasterImages: images,
    fonts,
  };
}

/** Colour spaces a content stream sets: `/Name cs`, `/Name CS`, and the device-colour operators. */
function contentSpaces(stream: PDFRawStream): Set<string> {
  const text = decoded(stream);
  const spaces = new Set<string>();
  for (const match of text.matchAll(/\/(Device\w+)\s+(?:cs|CS)\b/g)) spaces.add(match[1] ?? '');
  for (const match of text.matchAll(/(?:^|\s)(rg|RG|k|K|g|G)(?=\s|$)/g)) {
    spaces.add(OPERATOR_SPACES[match[1] ?? ''] ?? '');
  }
  spaces.delete('');
  return spaces;
}

/** PDFKit writes Flate streams; node's zlib inflates them far faster than pdf-lib's JS decoder. */
function decoded(stream: PDFRawStream): string {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const names = filter instanceof PDFArray ? filter.asArray().map(nameOf) : filter ? [nameOf(filter)] : [];
  if (names.length === 0) return Buffer.from(stream.getContents()).toString('latin1');
  if (names.length === 1 && names[0] === 'FlateDecode') {
    return inflateSync(stream.getContents()).toString('latin1');
  }
  return '';
}

function nameOf(value: unknown): string {
  return value instanceof PDFName ? value.decodeText() : String(value);
}

function numberOf(value: unknown): number {
  return value instanceof PDFNumber ? value.asNumber() : Number.NaN;
}

function mm(points: number): number {
  return Math.round((points / POINTS_PER_MM) * 10) / 10;
}
