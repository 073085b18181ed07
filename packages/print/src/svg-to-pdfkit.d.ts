declare module 'svg-to-pdfkit' {
  /** svg-to-pdfkit 0.1.x: draws an SVG string on the current PDFKit page. */
  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    assumePt?: boolean;
    precision?: number;
    useCSS?: boolean;
    warningCallback?: (message: string) => void;
    fontCallback?: (family: string, bold: boolean, italic: boolean, options: object) => string;
    imageCallback?: (link: string) => string;
    colorCallback?: (parsed: [number[], number] | undefined, raw?: string) => [number[], number] | undefined;
    documentCallback?: (file: string) => unknown;
  }
  function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x?: number,
    y?: number,
    options?: SvgToPdfOptions,
  ): void;
  export default SVGtoPDF;
}
