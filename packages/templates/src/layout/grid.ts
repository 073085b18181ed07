import { themeNumber } from '../theme.js';
import type { Composition, Rect } from '../types.js';
import type { Frame } from './frame.js';
import { columns, rect } from './geometry.js';

/**
 * The layout grid of a format (`brand.grid.*` tokens): the safe area split into columns with
 * gutters, and a baseline unit vertical positions snap to. Lengths are scaled to the format.
 * A brand (or a test theme) without grid tokens gets one column, the 6 spacing step as gutter
 * and a 1 px baseline.
 */
export interface LayoutGrid {
  area: Rect;
  columns: number;
  gutter: number;
  baseline: number;
}

function tokenNumber(frame: Frame, path: string): number | undefined {
  const value = themeNumber(frame.theme, path);
  return value !== undefined && value > 0 ? value : undefined;
}

export function layoutGrid(frame: Frame, composition: Composition = frame.composition): LayoutGrid {
  const columns = Math.round(tokenNumber(frame, `brand.grid.${composition}.columns`) ?? 1);
  const gutterToken = tokenNumber(frame, `brand.grid.${composition}.gutter`);
  const gutter = Math.round((gutterToken ?? frame.theme.space[6]) * frame.scale);
  const baseline = Math.max(1, Math.round((tokenNumber(frame, 'brand.grid.baseline') ?? 1) * frame.scale));
  return { area: frame.safe, columns, gutter, baseline };
}

/** Width of one column. */
export function columnWidth(grid: LayoutGrid): number {
  return (grid.area.width - grid.gutter * (grid.columns - 1)) / grid.columns;
}

/**
 * The rectangle spanning columns `from` (0-based) to `from + span - 1` of `band` (the grid's area
 * by default: give a band to keep its top and height). Its edges fall on column edges.
 */
export function span(grid: LayoutGrid, from: number, count: number, band: Rect = grid.area): Rect {
  if (from < 0 || count < 1 || from + count > grid.columns) {
    throw new Error(`grid: columns ${from}–${from + count - 1} outside a ${grid.columns}-column grid`);
  }
  const w = columnWidth(grid);
  const x = grid.area.x + from * (w + grid.gutter);
  return rect(x, band.y, count * w + (count - 1) * grid.gutter, band.height);
}

/**
 * Splits `band` into `parts` groups of whole columns, with the grid's gutter between; when the
 * columns do not divide by `parts`, into equal parts with the same gutter.
 */
export function columnGroups(grid: LayoutGrid, parts: number, band: Rect = grid.area): Rect[] {
  if (grid.columns % parts !== 0)
    return columns(
      band,
      Array.from({ length: parts }, () => ({ fr: 1 })),
      grid.gutter,
    );
  const each = grid.columns / parts;
  return Array.from({ length: parts }, (_, i) => span(grid, i * each, each, band));
}

/** A length rounded down to whole baseline units. */
export function snapDown(grid: LayoutGrid, length: number): number {
  return Math.floor(length / grid.baseline) * grid.baseline;
}

/** A y position moved down onto the next baseline of the grid (counted from the area's top). */
export function snapY(grid: LayoutGrid, y: number): number {
  const from = grid.area.y;
  return from + Math.ceil((y - from) / grid.baseline) * grid.baseline;
}
