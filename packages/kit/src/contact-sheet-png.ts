import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeFonts, type RasterLayer, rasterize, renderSvg } from '@blason/render';
import sharp from 'sharp';
import type { ContactSheetEntry } from './contact-sheet.js';

const THUMBNAIL = 240;
const CAPTION = 40;
const COLUMNS = 6;
const GAP = 16;
const HEADER = 64;
/** Grey around every thumbnail, so that a visual on white still shows its edges. */
const PADDING = 8;
const CELL_BACKGROUND = '#ececec';
const INK = '#1a1a1a';

interface Cell {
  readonly left: number;
  readonly top: number;
}

/** A satori element as a plain object (the kit has no JSX). */
type Node = { type: string; key: string | null; props: Record<string, unknown> };

const node = (key: string, style: Record<string, unknown>, children?: string): Node => ({
  type: 'div',
  key,
  props: { style: { position: 'absolute', display: 'flex', ...style }, ...(children ? { children } : {}) },
});

/**
 * The contact sheet as one PNG: a title, then a grid of thumbnails, each on a grey cell with its
 * caption (campaign · format) under it. Text is drawn by satori with the brand's embedded fonts and
 * everything is composited in a fixed order by the renderer's rasteriser, so the bytes only change
 * when a visual does.
 */
export async function contactSheetPng(
  kitDir: string,
  entries: readonly ContactSheetEntry[],
  title: string,
): Promise<Buffer> {
  const rows = Math.max(1, Math.ceil(entries.length / COLUMNS));
  const width = COLUMNS * THUMBNAIL + (COLUMNS + 1) * GAP;
  const height = HEADER + rows * (THUMBNAIL + CAPTION) + (rows + 1) * GAP;
  const cells: Cell[] = entries.map((_, index) => ({
    left: GAP + (index % COLUMNS) * (THUMBNAIL + GAP),
    top: HEADER + GAP + Math.floor(index / COLUMNS) * (THUMBNAIL + CAPTION + GAP),
  }));
  const fonts = nodeFonts();
  const page = await renderSvg(
    layout(title, entries, cells, width, height, fonts.families),
    { width, height },
    fonts,
  );
  const tiles = await Promise.all(
    entries.map(async (entry, index) => ({
      ...(await thumbnail(join(kitDir, entry.path))),
      left: (cells[index]?.left ?? 0) + PADDING,
      top: (cells[index]?.top ?? 0) + PADDING,
    })),
  );
  const png = await rasterize({ svg: page, width, height, background: '#ffffff', over: tiles }, ['png']);
  return png.get('png') as Buffer;
}

function layout(
  title: string,
  entries: readonly ContactSheetEntry[],
  cells: readonly Cell[],
  width: number,
  height: number,
  families: readonly string[],
): Node {
  const heading = node(
    'title',
    {
      left: GAP,
      top: 0,
      width: width - 2 * GAP,
      height: HEADER,
      alignItems: 'center',
      fontSize: 24,
      fontWeight: 700,
    },
    title,
  );
  const captions = entries.flatMap((entry, index) => {
    const { left = 0, top = 0 } = cells[index] ?? {};
    return [
      node(`cell-${index}`, {
        left,
        top,
        width: THUMBNAIL,
        height: THUMBNAIL,
        backgroundColor: CELL_BACKGROUND,
      }),
      node(
        `caption-${index}`,
        {
          left,
          top: top + THUMBNAIL + 4,
          width: THUMBNAIL,
          height: CAPTION - 4,
          overflow: 'hidden',
          fontSize: 13,
          lineHeight: 1.3,
        },
        entry.caption,
      ),
    ];
  });
  return {
    type: 'div',
    key: null,
    props: {
      style: {
        position: 'relative',
        display: 'flex',
        width,
        height,
        backgroundColor: '#ffffff',
        color: INK,
        // The renderer's body face; satori falls back to its other loaded fonts on its own.
        fontFamily: families[0],
      },
      children: [heading, ...captions],
    },
  };
}

/** A visual's thumbnail as raw pixels: encoding it only for the compositor to decode it would be waste. */
async function thumbnail(path: string): Promise<Pick<RasterLayer, 'input' | 'raw'>> {
  const { data, info } = await sharp(await readFile(path))
    .resize(THUMBNAIL - 2 * PADDING, THUMBNAIL - 2 * PADDING, { fit: 'contain', background: CELL_BACKGROUND })
    .flatten({ background: CELL_BACKGROUND })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: info.channels } };
}
