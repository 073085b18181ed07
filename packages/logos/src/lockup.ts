import { BlasonError } from '@blason/core';
import { type LoadedFonts, provideClassicJsxRuntime, renderSvg } from '@blason/render';
import {
  CoBrandingLockup,
  type LockupGeometry,
  type LockupNames,
  type LockupOrientation,
  type LockupVariant,
  lockupGeometry,
} from '@blason/templates';
import type { ResolvedTheme } from '@blason/tokens/theme';
import { type InkBox, inkBox, reframeSvg } from './ink.js';
import { Memo } from './memo.js';
import { dropUnusedMasks } from './svg-safety.js';

/** A lockup drawn and cropped to its ink plus its clear space. */
export interface LockupArt {
  /** SVG with text as paths, `width × height` px, clear space included. */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly capHeight: number;
  readonly clearSpace: number;
  /** The crop window in the drawn SVG's coordinates, and the layout it was measured on. */
  readonly frame: InkBox;
  readonly layoutKey: string;
}

export interface LockupRequest {
  readonly theme: ResolvedTheme;
  readonly names: LockupNames;
  readonly orientation: LockupOrientation;
  readonly variant: LockupVariant;
  /** Wordmark cap height H, px. */
  readonly capHeight: number;
  readonly fonts: LoadedFonts;
  /** A lockup already measured: its crop window is reused when the layout is the same. */
  readonly sameAs?: LockupArt;
  /** Shares the measurement of identical drawings (the wordmark of every partner). */
  readonly memo?: Memo;
  /** The wordmark drawn alone at the same cap height: its ink places the horizontal divider. */
  readonly wordmark?: LockupArt;
}

/**
 * Draws the templates' `CoBrandingLockup` with satori (text becomes paths), then crops the
 * artboard to what is drawn plus the clear space of the `logo.clearSpace` token on every side.
 */
export async function drawLockup(request: LockupRequest): Promise<LockupArt> {
  provideClassicJsxRuntime();
  const { names, orientation, variant, capHeight, fonts } = request;
  const { theme } = request;
  const estimated = lockupGeometry(theme, names, orientation, capHeight);
  const geometry = request.wordmark ? tightened(estimated, inkRight(request.wordmark)) : estimated;
  const margin = geometry.clearSpace;
  const canvas = { width: geometry.width + 2 * margin, height: geometry.height + 2 * margin };
  const element = CoBrandingLockup({ theme, names, orientation, variant, geometry, x: margin, y: margin });
  const drawn = dropUnusedMasks(await renderSvg(element, canvas, fonts));
  const layoutKey = JSON.stringify(geometry);
  const box =
    request.sameAs?.layoutKey === layoutKey
      ? request.sameAs.frame
      : await (request.memo ?? new Memo()).get('crop', `${margin}\n${drawn}`, () =>
          cropWindow(drawn, canvas, margin, request),
        );
  return {
    svg: reframeSvg(drawn, box),
    width: box.width,
    height: box.height,
    capHeight: geometry.capHeight,
    clearSpace: margin,
    frame: box,
    layoutKey,
  };
}

/**
 * The templates size the wordmark's box from an estimated, generous advance, which leaves far more
 * than the `logo.lockup.gap` token between the wordmark and a horizontal divider. With the
 * wordmark's real right edge known, the divider and the partner's lines move left so that the
 * gap is the token's on both sides of the divider.
 */
export function tightened(geometry: LockupGeometry, brandRight: number): LockupGeometry {
  const { divider, brand } = geometry;
  if (geometry.orientation !== 'horizontal' || !divider) return geometry;
  const gap = divider.x - (brand.x + brand.width);
  const shift = divider.x - (Math.ceil(brandRight) + gap);
  if (shift <= 0) return geometry;
  return {
    ...geometry,
    width: geometry.width - shift,
    divider: { ...divider, x: divider.x - shift },
    lines: geometry.lines.map((line) => ({ ...line, x: line.x - shift })),
  };
}

/** Right edge of a wordmark's ink, relative to the lockup's origin (its clear space excluded). */
function inkRight(wordmark: LockupArt): number {
  return wordmark.frame.x + wordmark.frame.width - 2 * wordmark.clearSpace;
}

/** The drawn ink plus the clear space on every side; refuses ink cut by the canvas edge. */
async function cropWindow(
  drawn: string,
  canvas: { width: number; height: number },
  margin: number,
  request: LockupRequest,
): Promise<InkBox> {
  const { names, orientation, variant } = request;
  const ink = await inkBox(drawn);
  if (!ink) {
    throw new BlasonError('The lockup drew nothing', [
      { code: 'logo/empty', message: `the ${orientation} ${variant} lockup of "${names.brand}" is empty` },
    ]);
  }
  const touchesEdge =
    ink.x <= 0 || ink.y <= 0 || ink.x + ink.width >= canvas.width || ink.y + ink.height >= canvas.height;
  if (touchesEdge) {
    throw new BlasonError('The lockup does not fit its own layout', [
      {
        code: 'logo/overflow',
        message: `the ${orientation} ${variant} lockup of "${names.brand}" draws outside its layout box`,
        expected: 'the lockup geometry to hold its text',
      },
    ]);
  }
  return {
    x: ink.x - margin,
    y: ink.y - margin,
    width: ink.width + 2 * margin,
    height: ink.height + 2 * margin,
  };
}
