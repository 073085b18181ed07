import { mmToPx } from '../format.js';
import type { Frame } from '../layout/frame.js';
import { rect } from '../layout/geometry.js';
import type { TemplatePartner } from '../theme.js';
import type { GraphicBox, Rect, TextBox } from '../types.js';
import {
  fitCapHeight,
  type LockupGeometry,
  type LockupNames,
  type LockupOrientation,
  type LockupStack,
  type LockupVariant,
  lockupGeometry,
  minCapHeight,
  partnerNameMinCapHeight,
  partnerNameScale,
  placeLockupText,
} from './geometry.js';
import { stripLayout, stripSigners } from './strip.js';

/** The shared brand's name: the partner whose lockup has no partner line is the brand itself. */
export function brandNameOf(partners: readonly TemplatePartner[]): string {
  const brand = partners.find((p) => p.lockup.lines.length === 0);
  if (!brand) throw new Error('No partner is the shared brand (a partner with lockup.lines empty)');
  return brand.name;
}

export function lockupNames(partner: TemplatePartner, brandName: string): LockupNames {
  if (typeof brandName !== 'string' || brandName.trim() === '') {
    throw new Error('Templates need the shared brand name for the lockup: pass brandNameOf(brand.partners)');
  }
  const cosigners = partner.cosigners?.map((c) => c.lockup.lines).filter((lines) => lines.length > 0);
  return {
    brand: brandName,
    lines: partner.lockup.lines,
    ...(cosigners && cosigners.length > 0 ? { cosigners } : {}),
  };
}

export interface PlacedLockup {
  geometry: LockupGeometry;
  /** Top-left corner of the lockup (inside its clear space). */
  origin: { x: number; y: number };
  variant: LockupVariant;
  graphic: GraphicBox;
  text: TextBox[];
  /** The area it was placed in (a co-branding strip shares it). */
  area: Rect;
}

/** Minimum wordmark width in this frame, px (`logo.minSize`, mm converted for print). */
export function minWordmarkWidth(frame: Frame): number {
  const min = frame.theme.logo.minSize;
  return Math.ceil(frame.format.kind === 'print' ? mmToPx(min.print, frame.format.print?.dpi) : min.screen);
}

/**
 * Smallest wordmark cap height of a lockup in this frame: the wordmark's minimum width, raised
 * (when the lockup has a partner name) until the partner name reaches
 * `logo.lockup.partnerNameMinCapHeight` (px on screen, mm in print), when the brand sets it.
 */
export function minLockupCap(frame: Frame, names: LockupNames): number {
  const wordmark = minCapHeight(names, minWordmarkWidth(frame));
  if (names.lines.length === 0) return wordmark;
  const medium = frame.format.kind === 'print' ? 'print' : 'screen';
  const legible = partnerNameMinCapHeight(frame.theme, medium);
  if (legible === undefined) return wordmark;
  const partnerCap = medium === 'print' ? mmToPx(legible, frame.format.print?.dpi) : legible;
  return Math.max(wordmark, Math.ceil(partnerCap / partnerNameScale(frame.theme)));
}

/**
 * Places the lockup as large as fits `area` (its clear space included) and at most `maxCap`
 * cap height, aligned in the area; never below the minimum size. Across, its ink is aligned on the
 * area's edges (text blocks share the margin with the wordmark, not with its clear space, which may
 * overhang the margin); down, its clear space stays inside the area.
 */
export function placeLockup(
  frame: Frame,
  names: LockupNames,
  area: Rect,
  options: {
    orientation: LockupOrientation;
    variant: LockupVariant;
    align?: 'start' | 'center' | 'end';
    verticalAlign?: 'start' | 'center' | 'end';
    maxCap?: number;
    /** A vertical lockup's stack: centred by default, flush left beside left-aligned text. */
    stack?: LockupStack;
  },
): PlacedLockup {
  const minCap = minLockupCap(frame, names);
  const fitted = fitCapHeight(frame.theme, names, options.orientation, area, minCap);
  const cap = Math.max(minCap, Math.min(fitted, options.maxCap ?? fitted));
  const geometry = lockupGeometry(frame.theme, names, options.orientation, cap, options.stack);
  const room = {
    x: area.width - geometry.width,
    y: area.height - geometry.height - 2 * geometry.clearSpace,
  };
  const offset = (align: 'start' | 'center' | 'end' | undefined, free: number) =>
    align === 'end' ? free : align === 'center' ? free / 2 : 0;
  const origin = {
    x: Math.round(area.x + offset(options.align, room.x)),
    y: Math.round(area.y + geometry.clearSpace + offset(options.verticalAlign, room.y)),
  };
  return {
    geometry,
    origin,
    variant: options.variant,
    graphic: { ...rect(origin.x, origin.y, geometry.width, geometry.height), kind: 'lockup', safe: true },
    text: placeLockupText(geometry, origin),
    area,
  };
}

/**
 * Height of a band that holds the lockup (clear space included) with its wordmark
 * `wordmarkShare` of the safe width wide, never below the minimum size. When `names` has
 * co-signers, as tall as the co-branding strip needs at that size in a band `width` px wide (the
 * safe width by default), on as few rows as hold it (see `strip.ts`); a taller band lets the
 * strip wrap onto more rows when its names grow by a fifth.
 */
export function lockupBandHeight(
  frame: Frame,
  names: LockupNames,
  orientation: LockupOrientation,
  wordmarkShare: number,
  width = frame.safe.width,
): number {
  const perCap = minCapHeight(names, 1000) / 1000;
  const cap = Math.max(minLockupCap(frame, names), Math.round(frame.safe.width * wordmarkShare * perCap));
  const geometry = lockupGeometry(frame.theme, names, orientation, cap);
  const band = geometry.height + 2 * geometry.clearSpace;
  if (!names.cosigners?.length) return band;
  const area = { width, height: Number.POSITIVE_INFINITY };
  const strip = stripLayout(frame, stripSigners(names), names.brand, area, cap, true);
  return strip ? Math.max(band, strip.height + 2 * strip.clearSpace) : band;
}
