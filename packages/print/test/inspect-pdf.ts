/** Reads back what a PDF really contains, with pdf-lib, for the print tests. */
import {
  decodePDFRawStream,
  type PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFNumber,
  PDFRawStream,
  PDFRef,
} from 'pdf-lib';

export interface Inspected {
  readonly doc: PDFDocument;
  /** Decoded content of the page and of every form XObject / pattern (not images). */
  readonly pageContent: string;
  readonly otherContents: readonly string[];
  /** Colour space names of every shading dictionary. */
  readonly shadingSpaces: readonly string[];
  /** Colour space of every transparency group. */
  readonly groupSpaces: readonly string[];
  /** Colour space names of image XObjects. */
  readonly imageSpaces: readonly string[];
  readonly fontCount: number;
}

export async function inspectPdf(bytes: Uint8Array): Promise<Inspected> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const page = doc.getPage(0);
  const contents = page.node.Contents();
  const pageContent = contents instanceof PDFRawStream ? decode(contents) : '';
  const otherContents: string[] = [];
  const shadingSpaces: string[] = [];
  const groupSpaces: string[] = [];
  const imageSpaces: string[] = [];
  let fontCount = 0;
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    const dict =
      object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict || (contents instanceof PDFRawStream && doc.context.lookup(ref) === contents)) continue;
    const type = nameOf(dict.get(PDFName.of('Type')));
    const subtype = nameOf(dict.get(PDFName.of('Subtype')));
    if (type === 'Font') fontCount += 1;
    if (dict.has(PDFName.of('ShadingType'))) shadingSpaces.push(nameOf(dict.get(PDFName.of('ColorSpace'))));
    const group = dict.lookupMaybe(PDFName.of('Group'), PDFDict);
    if (group) groupSpaces.push(nameOf(group.get(PDFName.of('CS'))));
    if (subtype === 'Image') {
      imageSpaces.push(nameOf(dict.get(PDFName.of('ColorSpace'))));
    } else if (object instanceof PDFRawStream) {
      otherContents.push(decode(object));
    }
  }
  return { doc, pageContent, otherContents, shadingSpaces, groupSpaces, imageSpaces, fontCount };
}

function decode(stream: PDFRawStream): string {
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

function nameOf(value: unknown): string {
  return value instanceof PDFName ? value.decodeText() : value instanceof PDFRef ? 'ref' : String(value);
}

export function boxOf(array: PDFArray | undefined): number[] {
  return (array?.asArray() ?? []).map((item) => (item as PDFNumber).asNumber());
}

/** A stroked line in page coordinates (points, origin bottom left) with its stroke colour. */
export interface StrokedLine {
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly colour: string;
}

type Matrix = [number, number, number, number, number, number];

/**
 * A small content-stream interpreter: follows q/Q and cm, remembers the stroke colour and
 * returns the straight lines that were stroked (enough to find crop marks).
 */
export function strokedLines(content: string): StrokedLine[] {
  const lines: StrokedLine[] = [];
  const stack: { ctm: Matrix; stroke: string }[] = [];
  let state = { ctm: [1, 0, 0, 1, 0, 0] as Matrix, stroke: 'DeviceGray 0' };
  let strokeSpace = 'DeviceGray';
  let path: [number, number][][] = [];
  let operands: string[] = [];
  for (const token of content.split(/\s+/).filter(Boolean)) {
    if (/^[-+.\d]/.test(token) || token.startsWith('/')) {
      operands.push(token);
      continue;
    }
    const numbers = operands.map(Number);
    switch (token) {
      case 'q':
        stack.push({ ...state, ctm: [...state.ctm] as Matrix });
        break;
      case 'Q':
        state = stack.pop() ?? state;
        break;
      case 'cm':
        state.ctm = multiply(numbers as Matrix, state.ctm);
        break;
      case 'CS':
        strokeSpace = (operands[0] ?? '').slice(1);
        break;
      case 'SCN':
      case 'SC':
        state.stroke = `${strokeSpace} ${operands.join(' ')}`;
        break;
      case 'K':
        state.stroke = `DeviceCMYK ${operands.join(' ')}`;
        break;
      case 'm':
        path.push([apply(state.ctm, numbers[0] ?? 0, numbers[1] ?? 0)]);
        break;
      case 'l':
        path.at(-1)?.push(apply(state.ctm, numbers[0] ?? 0, numbers[1] ?? 0));
        break;
      case 'S':
        for (const sub of path) {
          for (let i = 1; i < sub.length; i++) {
            lines.push({ from: sub[i - 1] ?? [0, 0], to: sub[i] ?? [0, 0], colour: state.stroke });
          }
        }
        path = [];
        break;
      case 'f':
      case 'f*':
      case 'n':
      case 'B':
      case 'b':
        path = [];
        break;
    }
    operands = [];
  }
  return lines;
}

function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
