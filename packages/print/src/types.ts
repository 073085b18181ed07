import type { Problem } from '@blason/core';
import type { Cmyk, CmykLookup } from './colour.js';
import type { CropMarkSpec, PdfBox } from './geometry.js';

/** Document information written into every PDF. */
export interface PdfMetadata {
  readonly title: string;
  readonly subject: string;
  /** The partner entity that publishes the document. */
  readonly author: string;
  readonly keywords?: readonly string[];
  /** BCP 47 language of the document, written as the catalog's `/Lang`. */
  readonly lang: string;
}

interface CommonPdfOptions {
  /** Satori SVG (text already converted to paths). Only `#id` and `data:` references are allowed. */
  readonly svg: string;
  readonly metadata: PdfMetadata;
  /** Written as CreationDate and ModDate; pass a date derived from the content so reruns match. */
  readonly date: Date;
  /**
   * Keep colours the lookup does not cover in DeviceRGB (listed in the report) instead of
   * failing. Off by default: a brand colour printed from RGB is a mistake to fix in the tokens.
   */
  readonly allowRgb?: boolean;
}

export interface PosterPdfOptions extends CommonPdfOptions {
  /** Finished size after trimming, mm. The SVG covers the trim plus the bleed on every side. */
  readonly trimWidthMm: number;
  readonly trimHeightMm: number;
  readonly bleedMm: number;
  /** CMYK of each brand colour from the tokens' print extension, by `#rrggbb`. */
  readonly cmyk: CmykLookup;
  /** From the `prepress.cropMarks` tokens; by default 1 mm beyond the bleed, 5 mm, 0.25 pt. */
  readonly cropMarks?: CropMarkSpec;
}

export interface VectorPdfOptions extends CommonPdfOptions {
  /** Page size in points; the SVG fills the page. */
  readonly widthPt: number;
  readonly heightPt: number;
  /** When given, colours are written as DeviceCMYK; without it the PDF stays RGB (screen use). */
  readonly cmyk?: CmykLookup;
}

/** A raster image embedded as it is (not converted): print shops must know it stays RGB. */
export interface EmbeddedImage {
  readonly mediaType: string;
  readonly bytes: number;
}

/** What went into a PDF, for the manifest and for checks. */
export interface PrintReport {
  readonly pageBoxes: {
    readonly mediaBox: PdfBox;
    readonly bleedBox: PdfBox;
    readonly trimBox: PdfBox;
  };
  /** Colours written as DeviceCMYK, with the values used. */
  readonly cmykColours: readonly { readonly hex: string; readonly cmyk: Cmyk }[];
  /** Colours left in DeviceRGB (only possible with `allowRgb` or without a lookup). */
  readonly rgbColours: readonly string[];
  /** Raster images drawn as they are, in RGB. Empty for a fully vector page. */
  readonly rasterImages: readonly EmbeddedImage[];
  /** Non-blocking notes (SVG features svg-to-pdfkit skipped, for instance). */
  readonly warnings: readonly Problem[];
  /**
   * What drew the SVG: `subset`, Blason's painter for the SVG satori writes, or `svg-to-pdfkit`
   * for anything beyond it (gradients, patterns, masks other than satori's overflow masks).
   */
  readonly painter: 'subset' | 'svg-to-pdfkit';
}

export interface PrintPdf {
  readonly pdf: Uint8Array;
  readonly report: PrintReport;
}
