export type LogoKind = 'wordmark' | 'lockup' | 'usage-sheet';
export type LogoOrientation = 'horizontal' | 'vertical';
export type LogoVariant = 'colour' | 'black' | 'reversed';
export type LogoFormat = 'svg' | 'png' | 'pdf';

/** Clear space and minimum size of a logo, from the `logo.*` tokens. */
export interface LogoRules {
  /** Wordmark cap height H of this file, px (1 px = 1/96 in; PDF points are 0.75 px). */
  readonly capHeight: number;
  /** Free space to keep on every side, px, and the token it comes from (a multiple of H). */
  readonly clearSpace: {
    readonly px: number;
    readonly timesCapHeight: number;
    readonly includedInFile: true;
  };
  /**
   * Minimum size, as the wordmark's width on screen (px) and in print (mm): the tokens' for the
   * wordmark, raised for a lockup so that its partner name keeps `partnerNameCapHeight`.
   */
  readonly minSize: {
    readonly screenPx: number;
    readonly printMm: number;
    readonly partnerNameCapHeight?: { readonly screenPx: number; readonly printMm: number };
  };
}

/** One file written by `buildLogos`, ready for the kit manifest. */
export interface LogoEntry {
  /** Path relative to `<outDir>/<partner>/`, with `/` separators, e.g. `logos/lockup-horizontal-colour.svg`. */
  readonly path: string;
  readonly partner: string;
  readonly kind: LogoKind;
  readonly orientation?: LogoOrientation;
  readonly variant?: LogoVariant;
  readonly format: LogoFormat;
  /** PNG scale (1, 2 or 4). */
  readonly scale?: number;
  readonly mediaType: string;
  /** Pixels for PNG and SVG, points for PDF. */
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  readonly sha256: string;
  /** French alternative text. */
  readonly alt: string;
  /** Colour the file is made to sit on (the brand surface for `reversed`); otherwise transparent. */
  readonly background: 'transparent' | string;
  /** `cmyk` for PDFs written from the tokens' print values, `rgb` for SVG and PNG. */
  readonly colourSpace: 'rgb' | 'cmyk';
  readonly rules?: LogoRules;
}

import type { Brand } from '@blason/tokens';
import type { Memo } from './memo.js';

export interface BuildLogosOptions {
  readonly tokensDir: string;
  /** Partner id (`capso`, `territoire`…). */
  readonly partner: string;
  /** Files go to `<outDir>/<partner>/logos/`. */
  readonly outDir: string;
  /** PNG scales; default 1, 2 and 4. */
  readonly scales?: readonly number[];
  /** The brand already loaded from `tokensDir` (skips reading the tokens again). */
  readonly brand?: Brand;
  /**
   * Shared between the `buildLogos` calls of one run (`createLogoCache()`): the shared brand's
   * wordmark is then drawn, rasterised and encoded once for all partners. Same bytes either way.
   */
  readonly cache?: Memo;
}

export interface BuildLogosResult {
  readonly partner: string;
  readonly entries: readonly LogoEntry[];
}
