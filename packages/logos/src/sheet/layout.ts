/** The usage sheet is an A4 landscape page, laid out in CSS px (96 per inch). */
export const SHEET = { width: 1123, height: 794, margin: 40, header: 96 } as const;
/** A4 landscape in PDF points. */
export const SHEET_PT = { width: 841.89, height: 595.28 } as const;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SheetLayout {
  /** One row per orientation, one column per variant. */
  readonly versions: { readonly title: Box; readonly tiles: readonly (readonly Box[])[] };
  readonly clearSpace: { readonly title: Box; readonly tile: Box; readonly caption: Box };
  readonly minSize: { readonly title: Box; readonly tile: Box; readonly caption: Box };
  readonly forbidden: { readonly title: Box; readonly tiles: readonly Box[] };
  readonly footer: Box;
}

const TITLE = 26;
const CAPTION = 34;
const GAP = 16;

/** Positions of every block, from the number of orientation rows (1 for the wordmark alone). */
export function sheetLayout(rows: number): SheetLayout {
  const { margin, header, width, height } = SHEET;
  const left = { x: margin, width: 660 };
  const right = { x: left.x + left.width + 2 * GAP, width: width - margin - (left.x + left.width + 2 * GAP) };
  const top = header + 24;
  const tileW = (left.width - 2 * GAP) / 3;
  const tileH = rows === 1 ? 150 : 110;
  const tiles = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: 3 }, (_, col) => ({
      x: left.x + col * (tileW + GAP),
      y: top + TITLE + row * (tileH + CAPTION + 4),
      width: tileW,
      height: tileH,
    })),
  );
  const clearTile = { x: right.x, y: top + TITLE, width: right.width, height: 150 };
  const minTop = clearTile.y + clearTile.height + CAPTION + 20;
  const minTile = { x: right.x, y: minTop + TITLE, width: right.width, height: 70 };
  const forbiddenTop = height - margin - 24 - CAPTION - 150 - TITLE;
  const forbiddenW = (width - 2 * margin - 2 * GAP) / 3;
  return {
    versions: { title: { x: left.x, y: top, width: left.width, height: TITLE }, tiles },
    clearSpace: {
      title: { x: right.x, y: top, width: right.width, height: TITLE },
      tile: clearTile,
      caption: { x: right.x, y: clearTile.y + clearTile.height + 4, width: right.width, height: CAPTION },
    },
    minSize: {
      title: { x: right.x, y: minTop, width: right.width, height: TITLE },
      tile: minTile,
      caption: { x: right.x, y: minTile.y + minTile.height + 4, width: right.width, height: CAPTION + 12 },
    },
    forbidden: {
      title: { x: margin, y: forbiddenTop, width: width - 2 * margin, height: TITLE },
      tiles: Array.from({ length: 3 }, (_, i) => ({
        x: margin + i * (forbiddenW + GAP),
        y: forbiddenTop + TITLE,
        width: forbiddenW,
        height: 150,
      })),
    },
    footer: { x: margin, y: height - margin - 18, width: width - 2 * margin, height: 18 },
  };
}
