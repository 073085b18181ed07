import { sha256 } from '@blason/core';
import {
  concatTransformationMatrix,
  drawObject,
  PDFContentStream,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFRawStream,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
  setGraphicsState,
} from 'pdf-lib';
import { addTextLayer, type TextRun } from './text-layer.js';

/** A logo PDF drawn on the sheet, in sheet px from the top left (as the SVG layout gives it). */
export interface PdfPlacement {
  readonly pdf: Uint8Array;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly opacity?: number;
}

/**
 * Places the logos' own PDFs on the sheet's background PDF as form XObjects: each distinct logo
 * is embedded once and drawn as often as needed, so the sheet costs little more than its text,
 * and its logos are exactly the files the partner receives. The background's text, drawn as
 * outlines, gets an invisible text layer from `text` (`addTextLayer`). Names are fixed (pdf-lib's
 * drawPage would add random ones), so the result stays byte-identical.
 */
export async function composeSheetPdf(
  background: Uint8Array,
  placements: readonly PdfPlacement[],
  pxToPt: number,
  text: { readonly runs: readonly TextRun[]; readonly font: Uint8Array } | undefined = undefined,
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(background, { updateMetadata: false });
  const page = doc.getPage(0);
  const pageHeight = page.getHeight();
  const wrap = (operators: Parameters<typeof PDFContentStream.of>[1]) =>
    doc.context.register(PDFContentStream.of(doc.context.obj({}), operators));
  // PDFKit leaves its own y-flip in force at the end of its stream: fence it in q … Q first.
  page.node.wrapContentStreams(wrap([pushGraphicsState()]), wrap([popGraphicsState()]));

  // Keyed by content, not by array: the same logo placed twice is embedded once even when the
  // logo memo dropped and re-encoded it in between (the sheet's bytes do not depend on the memo).
  const embedded = new Map<string, { page: EmbeddedLogo; name: string }>();
  const operators = [];
  for (const placement of placements) {
    const key = sha256(placement.pdf);
    let logo = embedded.get(key);
    if (!logo) {
      const embeddedPage = await embedLogo(doc, placement.pdf);
      logo = { page: embeddedPage, name: `Logo${embedded.size + 1}` };
      embedded.set(key, logo);
      page.node.setXObject(PDFName.of(logo.name), embeddedPage.ref);
    }
    const width = placement.width * pxToPt;
    const height = placement.height * pxToPt;
    const x = placement.x * pxToPt;
    const y = pageHeight - placement.y * pxToPt - height;
    operators.push(pushGraphicsState());
    if (placement.opacity !== undefined) {
      const name = `Opacity${Math.round(placement.opacity * 100)}`;
      page.node.setExtGState(
        PDFName.of(name),
        doc.context.obj({ Type: 'ExtGState', ca: placement.opacity, CA: placement.opacity }),
      );
      operators.push(setGraphicsState(name));
    }
    operators.push(
      concatTransformationMatrix(width / logo.page.width, 0, 0, height / logo.page.height, x, y),
      drawObject(logo.name),
      popGraphicsState(),
    );
  }
  page.node.addContentStream(wrap(operators));
  if (text) {
    const layer = await addTextLayer(
      doc,
      (name, font) => page.node.setFontDictionary(name, font),
      text.runs,
      {
        height: pageHeight,
        pxToPt,
        font: text.font,
      },
    );
    if (layer.length > 0) page.node.addContentStream(wrap(layer));
  }
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

interface EmbeddedLogo {
  readonly ref: PDFRef;
  readonly width: number;
  readonly height: number;
}

/**
 * A logo's page as a form XObject. PDFKit writes a page as one Flate-encoded content stream, which
 * is copied as it is: pdf-lib's `embedPdf` would inflate it and deflate it again in JavaScript,
 * which cost as much as the rest of the sheet. Any other page goes through `embedPdf`.
 */
async function embedLogo(doc: PDFDocument, pdf: Uint8Array): Promise<EmbeddedLogo> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const page = source.getPages()[0];
  if (!page) throw new Error('a logo PDF has no page');
  // Read as written: `normalizedEntries` would wrap the stream in two more (pdf-lib's q … Q for a
  // loaded page), and a single raw stream would never be found.
  const content = page.node.lookup(PDFName.of('Contents'));
  const resources = page.node.lookupMaybe(PDFName.of('Resources'), PDFDict);
  if (!(content instanceof PDFRawStream && resources)) {
    return (await doc.embedPages([page]))[0] as EmbeddedLogo;
  }
  const box = page.node.MediaBox();
  const [left, bottom, right, top] = [0, 1, 2, 3].map((i) => box.lookup(i, PDFNumber).asNumber()) as [
    number,
    number,
    number,
    number,
  ];
  const copier = PDFObjectCopier.for(source.context, doc.context);
  const form = copier.copy(content);
  form.dict.set(PDFName.of('Type'), PDFName.of('XObject'));
  form.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
  form.dict.set(PDFName.of('FormType'), doc.context.obj(1));
  form.dict.set(PDFName.of('BBox'), doc.context.obj([left, bottom, right, top]));
  form.dict.set(PDFName.of('Matrix'), doc.context.obj([1, 0, 0, 1, -left, -bottom]));
  form.dict.set(PDFName.of('Resources'), copier.copy(resources));
  return { ref: doc.context.register(form), width: right - left, height: top - bottom };
}
