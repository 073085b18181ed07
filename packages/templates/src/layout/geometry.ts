import type { Insets } from '../theme.js';
import type { Rect } from '../types.js';

/** A rectangle snapped to whole pixels by its edges, so adjacent tracks never overlap or overflow. */
export function rect(x: number, y: number, width: number, height: number): Rect {
  const left = Math.round(x);
  const top = Math.round(y);
  return { x: left, y: top, width: Math.round(x + width) - left, height: Math.round(y + height) - top };
}

export function inset(r: Rect, by: Partial<Insets> | number): Rect {
  const i = typeof by === 'number' ? { top: by, right: by, bottom: by, left: by } : by;
  const top = i.top ?? 0;
  const left = i.left ?? 0;
  return rect(r.x + left, r.y + top, r.width - left - (i.right ?? 0), r.height - top - (i.bottom ?? 0));
}

/** A track size: pixels, or a fraction (`fr`) of what the fixed tracks and gaps leave. */
export type Track = number | { fr: number };

function trackSizes(total: number, tracks: readonly Track[], gap: number): number[] {
  const fixed = tracks.reduce<number>((sum, t) => sum + (typeof t === 'number' ? t : 0), 0);
  const fr = tracks.reduce<number>((sum, t) => sum + (typeof t === 'number' ? 0 : t.fr), 0);
  const free = Math.max(0, total - fixed - gap * (tracks.length - 1));
  return tracks.map((t) => (typeof t === 'number' ? t : fr === 0 ? 0 : (free * t.fr) / fr));
}

/** Splits a rectangle into rows, top to bottom. */
export function rows(r: Rect, tracks: readonly Track[], gap = 0): Rect[] {
  let y = r.y;
  return trackSizes(r.height, tracks, gap).map((h) => {
    const row = rect(r.x, y, r.width, h);
    y += h + gap;
    return row;
  });
}

/** Splits a rectangle into columns, left to right. */
export function columns(r: Rect, tracks: readonly Track[], gap = 0): Rect[] {
  let x = r.x;
  return trackSizes(r.width, tracks, gap).map((w) => {
    const column = rect(x, r.y, w, r.height);
    x += w + gap;
    return column;
  });
}

/** A cell grid of `count` items, `perRow` per row, filled row by row. */
export function grid(r: Rect, count: number, perRow: number, gap: number): Rect[] {
  const rowCount = Math.ceil(count / perRow);
  const rowRects = rows(
    r,
    Array.from({ length: rowCount }, () => ({ fr: 1 })),
    gap,
  );
  return rowRects.flatMap((row, index) => {
    const inRow = Math.min(perRow, count - index * perRow);
    return columns(
      row,
      Array.from({ length: inRow }, () => ({ fr: 1 })),
      gap,
    );
  });
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Takes `size` px off the bottom of a rectangle: returns [taken, rest]. */
export function takeBottom(r: Rect, size: number, gap = 0): [Rect, Rect] {
  return [rect(r.x, r.y + r.height - size, r.width, size), rect(r.x, r.y, r.width, r.height - size - gap)];
}
