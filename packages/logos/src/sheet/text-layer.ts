import { markupAttributes, unescapeMarkup } from '@blason/core/markup';
import fontkit from '@pdf-lib/fontkit';
import {
  beginText,
  endText,
  type PDFDocument,
  PDFName,
  type PDFOperator,
  type PDFRef,
  setCharacterSqueeze,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  TextRenderingMode,
} from 'pdf-lib';

/** A run of text as satori lays it out (`textAsRuns`), in sheet px: left, baseline, width, size. */
export interface TextRun {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  readonly text: string;
}

const TEXT = /<text ([^>]*)>([^<]*)<\/text>/g;

/**
 * The lines of a satori SVG drawn with `textAsRuns`. Satori gives a run per word or punctuation
 * mark: the runs of one line (same baseline and size, each after the last by less than an em) are
 * joined, with a space where a word space separates them (a gap of a tenth of an em or more; the
 * body face's space is about a quarter), which a reader of the PDF needs between words.
 */
export function textRuns(svg: string): TextRun[] {
  const lines: TextRun[] = [];
  for (const run of wordRuns(svg)) {
    const last = lines[lines.length - 1];
    const gap = last ? run.x - (last.x + last.width) : Number.NaN;
    if (last && last.y === run.y && last.fontSize === run.fontSize && gap > -0.5 && gap < run.fontSize) {
      const space = gap >= WORD_SPACE_EM * run.fontSize ? ' ' : '';
      lines[lines.length - 1] = {
        ...last,
        width: run.x + run.width - last.x,
        text: `${last.text}${space}${run.text}`,
      };
    } else lines.push(run);
  }
  return lines;
}

const WORD_SPACE_EM = 0.1;

function wordRuns(svg: string): TextRun[] {
  return [...svg.matchAll(TEXT)]
    .map(([, tag = '', text = '']) => {
      const attributes = markupAttributes(tag);
      const number = (name: string) => Number(attributes.get(name) ?? Number.NaN);
      return {
        x: number('x'),
        y: number('y'),
        width: number('width'),
        fontSize: number('font-size'),
        text: unescapeMarkup(text),
      };
    })
    .filter(
      (run) => run.text.trim() !== '' && [run.x, run.y, run.width, run.fontSize].every(Number.isFinite),
    );
}

/** The font the text layer is written in: the brand's body face, its used glyphs embedded. */
const LAYER_FONT_NAME = 'TextLayer';

/**
 * The sheet's text, invisible (rendering mode 3) over its drawing, whose text is outlines: the
 * PDF can then be searched, copied from and read aloud. Each line is set where satori laid it out
 * and squeezed to its drawn width, so a selection falls on the words it covers. The font is
 * embedded (a subset, under a fixed name so the bytes stay the same), as print checks ask of
 * every font, drawn or not.
 */
export async function addTextLayer(
  doc: PDFDocument,
  fonts: (name: PDFName, font: PDFRef) => void,
  runs: readonly TextRun[],
  page: { readonly height: number; readonly pxToPt: number; readonly font: Uint8Array },
): Promise<PDFOperator[]> {
  if (runs.length === 0) return [];
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(page.font, { subset: true, customName: 'BLASON+TextLayer' });
  fonts(PDFName.of(LAYER_FONT_NAME), font.ref);
  const operators: PDFOperator[] = [beginText(), setTextRenderingMode(TextRenderingMode.Invisible)];
  for (const run of runs) {
    const size = run.fontSize * page.pxToPt;
    const natural = font.widthOfTextAtSize(run.text, size);
    if (natural <= 0) continue;
    operators.push(
      setFontAndSize(LAYER_FONT_NAME, size),
      setCharacterSqueeze((100 * run.width * page.pxToPt) / natural),
      setTextMatrix(1, 0, 0, 1, run.x * page.pxToPt, page.height - run.y * page.pxToPt),
      showText(font.encodeText(run.text)),
    );
  }
  operators.push(endText());
  return operators;
}
