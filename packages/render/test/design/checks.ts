import { create, type Font } from 'fontkit';
import { seeThrough } from '../support/pixels.js';
import { backgroundRaster, type DesignVisual, type DrawnBox, isLarge, worstContrast } from './support.js';

/** The design checks: each returns its faults in plain words, none when the visual passes. */

/**
 * French typographic finish, on the lines as drawn: no line ends on a short word (« de », « à »,
 * « d’un »), no short word stands alone on a line, and no last line holds a single word when the
 * line above could have given it a companion, unless that line ends a phrase (« Maison de
 * l’agglomération, / Saint-Omer »): the break then falls where the sense does.
 */
const SHORT_WORD = /^(?:\p{L}{1,3}|\p{L}{1,2}[’']\p{L}{1,3})$/u;
const PHRASE_END = /[,;:]$/;
const words = (line: string) => line.split(/[\s\u00a0\u202f]+/).filter(Boolean);

export function lineFaults(drawn: DrawnBox): string[] {
  const faults: string[] = [];
  const { lines, box } = drawn;
  lines.forEach((line, index) => {
    const lineWords = words(line);
    const last = lineWords[lineWords.length - 1] ?? '';
    if (index < lines.length - 1 && SHORT_WORD.test(last))
      faults.push(`${box.field}: line ${index + 1} ends on « ${last} » (${JSON.stringify(lines)})`);
    if (lines.length > 1 && lineWords.length === 1 && SHORT_WORD.test(last))
      faults.push(`${box.field}: « ${last} » alone on line ${index + 1}`);
  });
  if (lines.length > 1 && words(lines[lines.length - 1] ?? '').length === 1 && betterBreak(drawn))
    faults.push(`${box.field}: a single word on the last line (${JSON.stringify(lines)})`);
  return faults;
}

/** The last word of the line above would fit next to a lone last word: a better break exists. */
function betterBreak({ rows, box }: DrawnBox): boolean {
  const last = rows[rows.length - 1] ?? [];
  const above = rows[rows.length - 2] ?? [];
  const aboveText = above.map((p) => p.text).join('');
  if (words(aboveText).length < 2 || PHRASE_END.test(aboveText.trimEnd())) return false;
  const lastWidth = Math.max(...last.map((p) => p.x + p.width)) - Math.min(...last.map((p) => p.x));
  // The line above's last word: its runs after its last breaking space.
  let start = above.length - 1;
  while (start > 0 && !/ $/.test(above[start - 1]?.text ?? '') && !/^ /.test(above[start]?.text ?? ''))
    start--;
  const moved = above.slice(start).filter((p) => p.text.trim() !== '');
  const movedWidth = moved.reduce((sum, p) => sum + p.width, 0);
  const space = (above[0]?.fontSize ?? 0) * 0.25;
  return lastWidth + space + movedWidth <= box.width;
}

/**
 * Type hierarchy as drawn: the headline at least 1.6 times the body text (a weaker contrast
 * reads as one grey mass from a distance), and an event's place never larger than its date.
 */
const HEADLINE_RATIO = 1.6;
const HEADLINE_ROLES = new Set(['display', 'headline']);
const BODY_ROLES = new Set(['body']);

export function hierarchyFaults(visual: DesignVisual): string[] {
  const faults: string[] = [];
  const size = (roles: Set<string>) =>
    Math.max(0, ...visual.boxes.filter((b) => roles.has(b.box.role)).map((b) => b.fit.fontSize));
  const headline = size(HEADLINE_ROLES);
  const body = size(BODY_ROLES);
  if (headline > 0 && body > 0 && headline < HEADLINE_RATIO * body)
    faults.push(`headline ${headline} px is less than ${HEADLINE_RATIO} × body ${body} px`);
  const date = visual.boxes.find((b) => b.box.field === 'date');
  const place = visual.boxes.find((b) => b.box.field === 'place');
  if (date && place && place.fit.fontSize > date.fit.fontSize)
    faults.push(`place ${place.fit.fontSize} px is larger than date ${date.fit.fontSize} px`);
  const title = visual.boxes.find((b) => b.box.field === 'title');
  if (title && date && title.fit.fontSize <= date.fit.fontSize)
    faults.push(`title ${title.fit.fontSize} px is no larger than date ${date.fit.fontSize} px`);
  const numbers = visual.boxes.filter((b) => /^figures\[\d+\]\.value$/.test(b.box.field));
  const smallest = Math.min(...numbers.map((b) => b.fit.fontSize));
  if (title && numbers.length > 0 && title.fit.fontSize >= smallest)
    faults.push(`title ${title.fit.fontSize} px is not smaller than the numbers (${smallest} px)`);
  const quote = visual.boxes.find((b) => b.box.field === 'quote');
  const author = visual.boxes.find((b) => b.box.field.startsWith('attribution.'));
  if (quote && author && author.fit.fontSize > ATTRIBUTION_RATIO * quote.fit.fontSize)
    faults.push(
      `attribution ${author.fit.fontSize} px is more than ${ATTRIBUTION_RATIO} × the quote ${quote.fit.fontSize} px`,
    );
  return faults;
}

/** An attribution reads as a credit under its quote: at most this share of the quote's size. */
const ATTRIBUTION_RATIO = 0.8;

/**
 * WCAG 2.1 AA on the rendered pixels: every text run against the worst pixel under it (the
 * visual rasterised by resvg without its text, photos and gradients included): 4.5:1, 3:1 for
 * large text.
 */
export function contrastFaults(visual: DesignVisual): string[] {
  const raster = backgroundRaster(visual.svg);
  return visual.pieces
    .filter((p) => p.text.trim() !== '')
    .flatMap((p) => {
      const needed = isLarge(p.fontSize, p.fontWeight) ? 3 : 4.5;
      const got = worstContrast(raster, p);
      return got + 1e-9 < needed
        ? [`« ${p.text.trim()} » (${p.fontSize} px, ${p.fill}): ${got.toFixed(2)}:1 < ${needed}:1`]
        : [];
    });
}

/**
 * Pixels the visual leaves transparent outside its photo (which the engine fills in under the
 * drawing): a social network would show its own background through them.
 */
export function seeThroughPixels(visual: DesignVisual): number {
  return seeThrough(backgroundRaster(visual.svg), visual.layout.graphics.image).count;
}

/**
 * Share of the safe area left empty: neither a text block (its ink's extent, from the first
 * line's cap height to the last line's descender) nor a drawn element (lockup, photo, pictogram,
 * QR code). A colour field counts as empty: it carries no message. A tile (a field the template
 * says frames one block, a key figure's) is part of that block when its text's ink covers at
 * least `MIN_TILE_INK` of it; a tile larger than that is a colour field like any other. Above
 * `MAX_EMPTY` the visual reads as unfinished.
 */
export const MAX_EMPTY = 0.6;
export const MIN_TILE_INK = 0.3;
/** Grid cell, in px, the coverage is counted on. */
const CELL = 4;

interface Extent {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Each text block's ink (line gaps included), then each run drawn outside any box. */
function inkExtents(visual: DesignVisual): Extent[] {
  const blocks = visual.boxes
    .filter((b) => b.pieces.length > 0)
    .map((b) => {
      const left = Math.min(...b.pieces.map((p) => p.x));
      const right = Math.max(...b.pieces.map((p) => p.x + p.width));
      const top = Math.min(...b.pieces.map((p) => p.y - p.fontSize * 0.75));
      const bottom = Math.max(...b.pieces.map((p) => p.y + p.fontSize * 0.25));
      return { x: left, y: top, width: right - left, height: bottom - top };
    });
  const runs = visual.pieces.map((p) => ({
    x: p.x,
    y: p.y - p.fontSize * 0.75,
    width: p.width,
    height: p.fontSize,
  }));
  return [...blocks, ...runs];
}

/** Cells of `CELL` px over `area`, marked as extents are added. */
function coverage(area: Extent) {
  const columns = Math.ceil(area.width / CELL);
  const rows = Math.ceil(area.height / CELL);
  const covered = new Uint8Array(columns * rows);
  return {
    cover({ x, y, width, height }: Extent) {
      const c0 = Math.max(0, Math.floor((x - area.x) / CELL));
      const c1 = Math.min(columns, Math.ceil((x + width - area.x) / CELL));
      const r0 = Math.max(0, Math.floor((y - area.y) / CELL));
      const r1 = Math.min(rows, Math.ceil((y + height - area.y) / CELL));
      for (let r = r0; r < r1; r++) covered.fill(1, r * columns + c0, r * columns + Math.max(c0, c1));
    },
    share: () => covered.reduce((sum, v) => sum + v, 0) / covered.length,
  };
}

const within = (inner: Extent, outer: Extent) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/**
 * Share of a tile its block covers: the extent of all the text inside it (a key figure's number,
 * unit and label read as one block).
 */
export function tileInk(visual: DesignVisual, tile: Extent): number {
  const inside = inkExtents(visual).filter((extent) => within(extent, tile));
  if (inside.length === 0) return 0;
  const left = Math.min(...inside.map((e) => e.x));
  const top = Math.min(...inside.map((e) => e.y));
  const right = Math.max(...inside.map((e) => e.x + e.width));
  const bottom = Math.max(...inside.map((e) => e.y + e.height));
  return ((right - left) * (bottom - top)) / (tile.width * tile.height);
}

export function emptyShare(visual: DesignVisual): number {
  const covered = coverage(visual.layout.safeArea);
  for (const extent of inkExtents(visual)) covered.cover(extent);
  for (const g of Object.values(visual.layout.graphics)) {
    if (!g || g.kind === 'background') continue;
    if (g.kind !== 'tile' || tileInk(visual, g) >= MIN_TILE_INK) covered.cover(g);
  }
  return 1 - covered.share();
}

/**
 * Faces whose zero is slashed or dotted: its glyph has more contours than the letter O (a plain
 * zero has two, like O; a slashed one three or more). Read from the embedded fonts themselves.
 */
export function slashedZeroFaces(fonts: readonly { name: string; data: ArrayBuffer }[]): Set<string> {
  const faces = new Set<string>();
  for (const font of fonts) {
    const parsed = create(new Uint8Array(font.data) as unknown as Buffer) as Font;
    const contours = (codePoint: number) =>
      parsed.glyphForCodePoint(codePoint).path.commands.filter((c) => c.command === 'moveTo').length;
    if (contours(0x30) > contours(0x4f)) faces.add(font.name.toLowerCase());
  }
  return faces;
}

/** Every run with a zero drawn in a face that slashes it (« 2Ø27 »). */
export function slashedZeroFaults(visual: DesignVisual, slashed: ReadonlySet<string>): string[] {
  return visual.pieces
    .filter((p) => p.text.includes('0'))
    .filter((p) => slashed.has(p.fontFamily.split(',')[0]?.trim().replace(/"/g, '') ?? ''))
    .map((p) => `« ${p.text.trim()} » is drawn in ${p.fontFamily.split(',')[0]}, whose zero is slashed`);
}
