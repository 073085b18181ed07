import { escapeMarkup } from '@blason/core/markup';
import type { PdfMetadata } from './types.js';

/**
 * The XMP description of a print PDF. PDFKit writes one for PDF ≥ 1.4 but inserts the values
 * unescaped (a title with "&" breaks the packet) and without the language; preflight tools read
 * XMP, so it is written here, escaped, with dc:language.
 */
export function xmpDescription(metadata: PdfMetadata, date: Date, creator: string, producer: string): string {
  const when = `${date.toISOString().split('.')[0]}Z`;
  const keywords = metadata.keywords ?? [];
  const alt = (value: string) =>
    `<rdf:Alt><rdf:li xml:lang="${escapeMarkup(metadata.lang)}">${escapeMarkup(value)}</rdf:li></rdf:Alt>`;
  const bag = (values: readonly string[]) =>
    `<rdf:Bag>${values.map((value) => `<rdf:li>${escapeMarkup(value)}</rdf:li>`).join('')}</rdf:Bag>`;
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${when}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${when}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeMarkup(creator)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(metadata.title)}</dc:title>`,
    `<dc:description>${alt(metadata.subject)}</dc:description>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeMarkup(metadata.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:language>${bag([metadata.lang])}</dc:language>`,
    ...(keywords.length > 0 ? [`<dc:subject>${bag(keywords)}</dc:subject>`] : []),
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${escapeMarkup(producer)}</pdf:Producer>`,
    ...(keywords.length > 0 ? [`<pdf:Keywords>${escapeMarkup(keywords.join(', '))}</pdf:Keywords>`] : []),
    '</rdf:Description>',
  ].join('\n');
}
