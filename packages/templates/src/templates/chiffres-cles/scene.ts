import { type FittedSize, fittedSizes } from '../../layout/fitted-sizes.js';
import {
  estimatedLines,
  type Frame,
  largerStep,
  linesHeight,
  shiftStep,
  smallerStep,
  space,
  stepPx,
  stepRange,
  textBox,
} from '../../layout/frame.js';
import { grid, inset, rect, rows, takeBottom } from '../../layout/geometry.js';
import { columnGroups, layoutGrid, span } from '../../layout/grid.js';
import { exactAdvance, textAdvance } from '../../lockup/advances.js';
import { BODY_CAP_HEIGHT, DISPLAY_CAP_HEIGHT, type LockupNames } from '../../lockup/geometry.js';
import { lockupBandHeight, type PlacedLockup, placeLockup } from '../../lockup/place.js';
import { risenWaterFoot } from '../../scene/device.js';
import { heading } from '../../scene/heading.js';
import { leadOf, noRoomForPhoto } from '../../scene/lead.js';
import {
  axisMark,
  axisTab,
  belowPhoto,
  colourLockup,
  leftBand,
  paperBesidePhoto,
  pictogramSide,
  pictogramTabHeight,
  topBand,
} from '../../scene/parts.js';
import type { Painted, Panel, SceneParts } from '../../scene/scene.js';
import { formatNumber } from '../../text/french.js';
import { drawnSpacing } from '../../text/runs.js';
import { type FontSizeStep, themeNumber } from '../../theme.js';
import type { Rect } from '../../types.js';
import type { ChiffresClesContent, Figure } from './schema.js';

/**
 * Figures per row: a grid of two-figure rows on every format, posters and stories included (two
 * narrow columns set the numbers larger than one row each, their units below them); one figure a
 * row when there is one or three (a list).
 */
function perRow(count: number): number {
  if (count === 1) return 1;
  return count === 3 ? 1 : 2;
}

/** Space between a number and its unit, em of the number. */
const UNIT_GAP_EM = 0.2;
/**
 * Distance from the bottom of a one-line box of the figures face to its baseline, em: half the
 * leading (line height 1.1 less ascender 0.93 + descender 0.27) plus the descender. Two boxes of
 * that face set on one baseline are offset by it times their size difference (checked on the drawn
 * runs by the design tests).
 */
export const BASELINE_EM = (1.1 - (0.93 + 0.27)) / 2 + 0.27;

/**
 * Width of a number in the figures face (Bricolage Grotesque ExtraBold, the wordmark's face) at
 * `px`, from the font's advances and the role's tracking: the unit starts right after its ink.
 */
const numberWidth = (frame: Frame, text: string, px: number) =>
  trackedWidth(frame, text, px, frame.theme.text.figure.letterSpacing);

/** Width of a text in the display face at `px` with a role's tracking (px at the base scale). */
const trackedWidth = (frame: Frame, text: string, px: number, tracking: number) =>
  exactAdvance(text, px, 'display') + [...text].length * tracking * frame.scale;

/** A size of the type scale, scaled to the format. */
interface ScaleSize {
  readonly step: FontSizeStep;
  readonly px: number;
}

const scaleSize = (frame: Frame, step: FontSizeStep): ScaleSize => ({ step, px: stepPx(frame, step) });

/**
 * The numbers' sizes, largest first: fitted to their column (see `fittedSizes`), up to
 * `brand.figures.maxScale` × the top of the type scale where the rows have the height (posters).
 */
const numberSizes = (frame: Frame): NumberSize[] => fittedSizes(frame, '7xl', 'xl', figuresMaxScale(frame));

function figuresMaxScale(frame: Frame): number {
  const scale = themeNumber(frame.theme, 'brand.figures.maxScale');
  return scale !== undefined && scale > 1 ? scale : 1;
}

/** A unit's size: two steps below its number's (`floor`), and never below md. */
function unitSize(frame: Frame, number: NumberSize): ScaleSize {
  return scaleSize(frame, shiftStep(number.floor, -2, 'md'));
}

/**
 * Units go below their number only when that sets the numbers this much larger than inline (about
 * two steps of the type scale): a number alone on its line reads less as one unit with its word.
 */
const BELOW_GAIN = 1.5;
/**
 * On a tile the colour field already binds a number to its unit, and inline units leave its middle
 * empty (two figures on a square): there a fifth larger is gain enough.
 */
const TILE_BELOW_GAIN = 1.2;

/** A number's size; its unit is set two steps below its `floor`. */
type NumberSize = FittedSize;

interface FigureType {
  /** Width of the accent bar beside each figure: none on a tile, whose colour field marks it. */
  rule: number;
  /** On a tile the label stands at its foot, the number at its head. */
  tiled: boolean;
  value: NumberSize;
  unit: ScaleSize;
  /** Units after their number on its baseline; else on a line below. */
  inline: boolean;
  labelLines: number;
  /** The label in a column beside the figures, starting at this x offset of the cell (list rows). */
  labelAt?: number;
  /** The step of a list row's label: the list's, or a step or two below when that keeps the list. */
  listLabel?: FontSizeStep;
}

/**
 * The one size every figure of the grid is set at: the largest step at which each number, its
 * unit on its baseline and its label (on as few lines as the column allows) fit their cell.
 */
function figureType(frame: Frame, figures: readonly Figure[], cell: Rect, tiled: boolean): FigureType {
  const sizes = numberSizes(frame);
  const rule = tiled ? 0 : ruleOf(frame);
  const labelLine = linesHeight(frame, 'body', gridLabelStep(frame), 1);
  const labelPx = stepPx(frame, gridLabelStep(frame));
  // Measured as drawn: the body face's advances, numbers and short words bound to their neighbour.
  const labelLines = (px: number, width: number) =>
    Math.max(1, ...figures.map((f) => estimatedLines(drawnSpacing(f.label), px, 'body', width)));
  const linesIn = (width: number) => Math.min(2, labelLines(labelPx, width));
  const gutter = gutterOf(frame);
  const unitAt = (i: number) => unitSize(frame, sizes[i] as NumberSize);
  const pairWidth = (i: number, inline: boolean) => {
    const value = sizes[i] as NumberSize;
    return Math.max(
      ...figures.map((f) => {
        // Room for rendering differences (hinting, rounding): the number's box must hold it.
        const n = numberWidth(frame, formatNumber(f.value), value.px) * 1.04;
        const u = f.unit ? textAdvance(f.unit, unitAt(i).px, 'display') : 0;
        return inline && f.unit ? n + UNIT_GAP_EM * value.px + u : Math.max(n, u);
      }),
    );
  };
  const anyUnit = figures.some((f) => f.unit);
  const heightOf = (i: number, inline: boolean, labelLines: number) =>
    Math.round((sizes[i] as { px: number }).px * 1.1) +
    (inline || !anyUnit ? 0 : Math.round(unitAt(i).px * 1.1)) +
    (labelLines > 0 ? space(frame, 2) + labelLines * labelLine : 0);
  // A list row: the label beside the figure, on one or two lines, at its step or the ones below.
  const besideAt = (i: number, labelStep: FontSizeStep) => {
    const pair = pairWidth(i, true);
    const rest = cell.width - pair - gutter;
    const listLabelPx = stepPx(frame, labelStep);
    const lines = labelLines(listLabelPx, rest);
    const valueLine = Math.round((sizes[i] as { px: number }).px * 1.1);
    const height = Math.max(valueLine, lines * linesHeight(frame, 'body', labelStep, 1));
    return rest > cell.width * 0.25 && lines <= 2 && height <= cell.height
      ? { at: Math.ceil(pair + gutter), lines, labelStep }
      : undefined;
  };
  const beside = (i: number) =>
    LIST_LABEL_STEPS.map((step) => besideAt(i, step)).find((list) => list !== undefined);
  const fits = (i: number, inline: boolean) =>
    pairWidth(i, inline) <= cell.width && heightOf(i, inline, linesIn(cell.width)) <= cell.height;
  const first = (test: (i: number) => boolean) => {
    const i = sizes.findIndex((_, index) => test(index));
    return i < 0 ? sizes.length - 1 : i;
  };
  const listAt = sizes.findIndex((_, i) => beside(i) !== undefined);
  const inlineAt = first((i) => fits(i, true));
  const belowAt = first((i) => fits(i, false));
  const list = listAt >= 0 && listAt <= inlineAt ? beside(listAt) : undefined;
  if (list) {
    return {
      rule,
      tiled,
      value: sizes[listAt] as NumberSize,
      unit: unitAt(listAt),
      inline: true,
      labelLines: list.lines,
      labelAt: list.at,
      listLabel: list.labelStep,
    };
  }
  const px = (i: number) => (sizes[i] as NumberSize).px;
  const inline = px(belowAt) < px(inlineAt) * (tiled ? TILE_BELOW_GAIN : BELOW_GAIN);
  const at = inline ? inlineAt : belowAt;
  return {
    rule,
    tiled,
    value: sizes[at] as NumberSize,
    unit: unitAt(at),
    inline,
    labelLines: linesIn(cell.width),
  };
}

/**
 * Labels under their number are set a step smaller than those beside it in a list: in a cell the
 * label is read after the number, which must stay the largest thing there.
 */
const GRID_LABEL_STEP: FontSizeStep = 'lg';
/** On a poster, read from a few steps away, the labels under their numbers are set a step larger. */
const POSTER_GRID_LABEL_STEP: FontSizeStep = 'xl';
const gridLabelStep = (frame: Frame): FontSizeStep =>
  frame.composition === 'poster' ? POSTER_GRID_LABEL_STEP : GRID_LABEL_STEP;
const LIST_LABEL_STEP: FontSizeStep = 'xl';
/** A list row's label steps, tried in turn before the labels go below their numbers. */
const LIST_LABEL_STEPS: readonly FontSizeStep[] = [LIST_LABEL_STEP, 'lg', 'md'];

const gutterOf = (frame: Frame) => layoutGrid(frame).gutter * 2;
const ruleOf = (frame: Frame) => Math.max(4, Math.round(frame.theme.border.width.thick * frame.scale * 2));

/**
 * One key figure in its cell, top down: the number in the figures face with its unit on the same
 * baseline right after it or below it, and the label on as few lines as the cell allows (at the
 * foot of a tile), in the colours of `ink`; off a tile, an accent bar beside them (`accentBar`).
 */
function cell(
  frame: Frame,
  figure: Figure,
  index: number,
  area: Rect,
  type: FigureType,
  ink: FigureInk,
): { panels: Panel[]; text: Painted } {
  const small = labelGap(frame, type);
  const valueLine = Math.round(type.value.px * 1.1);
  const unitLine = Math.round(type.unit.px * 1.1);
  const numberText = formatNumber(figure.value);
  const path = `figures[${index}]`;
  const valueWidth =
    type.inline && figure.unit
      ? Math.ceil(numberWidth(frame, numberText, type.value.px) + UNIT_GAP_EM * type.value.px)
      : type.labelAt !== undefined
        ? type.labelAt - gutterOf(frame)
        : area.width;
  const valueBox = rect(area.x, area.y, Math.min(area.width, valueWidth), valueLine);
  const text: Painted = [
    {
      box: {
        ...textBox(frame, {
          field: `${path}.value`,
          text: numberText,
          role: 'figure',
          box: valueBox,
          fontSizes: [type.value.px],
          maxLines: 1,
          verticalAlign: 'end',
        }),
        group: 'figures.value',
      },
      color: ink.figure,
    },
  ];
  let below = valueBox.y + valueBox.height;
  if (figure.unit) {
    // Inline: the unit's box ends higher by the difference of the two sizes' descents, so both
    // sit on one baseline.
    const unitBox = type.inline
      ? rect(
          valueBox.x + valueBox.width,
          valueBox.y + valueBox.height - unitLine - Math.round(BASELINE_EM * (type.value.px - type.unit.px)),
          (type.labelAt !== undefined ? area.x + type.labelAt - gutterOf(frame) : area.x + area.width) -
            valueBox.x -
            valueBox.width,
          unitLine,
        )
      : rect(area.x, below, area.width, unitLine);
    if (!type.inline) below += unitLine;
    text.push({
      box: {
        ...textBox(frame, {
          field: `${path}.unit`,
          text: figure.unit,
          role: 'figure',
          box: unitBox,
          // A unit too long for its room shrinks (a few px off the number's baseline).
          largest: type.unit.step,
          smallest: 'sm',
          maxLines: 1,
          verticalAlign: 'end',
          fontWeight: frame.theme.text.title.fontWeight,
        }),
        group: 'figures.unit',
      },
      color: ink.figure,
    });
  }
  const labelTop = below + small;
  // In a list row the label stands in its column beside the figure, its last line level with
  // the number's foot.
  const labelBox =
    type.labelAt !== undefined
      ? listLabelBox(frame, area, type)
      : rect(area.x, labelTop, area.width, Math.max(0, area.y + area.height - labelTop));
  text.push({
    box: {
      ...textBox(frame, {
        field: `${path}.label`,
        text: figure.label,
        role: 'body',
        box: labelBox,
        ...(type.labelAt !== undefined || type.tiled ? { verticalAlign: 'end' as const } : {}),
        largest: type.labelAt === undefined ? gridLabelStep(frame) : (type.listLabel ?? LIST_LABEL_STEP),
        smallest: 'xs',
        maxLines: Math.max(2, type.labelLines),
      }),
      group: 'figures.label',
    },
    color: ink.label,
  });
  const panels = type.rule > 0 ? [accentBar(frame, figure, type, area, valueBox, labelBox)] : [];
  return { panels, text };
}

/** Ascent and descent of the body face (Atkinson Hyperlegible Next), em, from its hhea table. */
const BODY_ASCENT_EM = 0.984;
const BODY_DESCENT_EM = 0.316;

/** Baseline of line `line` (from 0) of a body text set from `top` at `step`. */
function bodyBaseline(frame: Frame, step: FontSizeStep, top: number, line: number): number {
  const px = stepPx(frame, step);
  const lineHeight = linesHeight(frame, 'body', step, 1);
  return (
    top + line * lineHeight + (lineHeight - (BODY_ASCENT_EM + BODY_DESCENT_EM) * px) / 2 + BODY_ASCENT_EM * px
  );
}

/**
 * The accent bar that marks a figure off a tile: in the partner's accent, hanging in the gutter
 * left of the figure, from the top of its number's digits to its label's last baseline (beside a
 * list row, from the higher of the number and the label). Beside rather than over the figure, it
 * groups number and label without taking a row's height from the numbers.
 */
function accentBar(
  frame: Frame,
  figure: Figure,
  type: FigureType,
  area: Rect,
  valueBox: Rect,
  labelBox: Rect,
): Panel {
  const baseline = valueBox.y + valueBox.height - BASELINE_EM * type.value.px;
  const numberTop = baseline - DISPLAY_CAP_HEIGHT * type.value.px;
  const step = type.labelAt === undefined ? gridLabelStep(frame) : (type.listLabel ?? LIST_LABEL_STEP);
  const px = stepPx(frame, step);
  const lines = Math.min(
    Math.max(2, type.labelLines),
    estimatedLines(drawnSpacing(figure.label), px, 'body', labelBox.width),
  );
  // A list row's label ends at its box's foot; under the number, it starts at its box's top.
  const labelTop =
    type.labelAt === undefined
      ? labelBox.y
      : labelBox.y + labelBox.height - lines * linesHeight(frame, 'body', step, 1);
  const firstCap = bodyBaseline(frame, step, labelTop, 0) - BODY_CAP_HEIGHT * px;
  const lastBaseline = bodyBaseline(frame, step, labelTop, lines - 1);
  const top = Math.round(type.labelAt === undefined ? numberTop : Math.min(numberTop, firstCap));
  const bottom = Math.round(type.labelAt === undefined ? lastBaseline : Math.max(baseline, lastBaseline));
  const x = area.x - space(frame, 2) - type.rule;
  return { ...rect(x, top, type.rule, bottom - top), color: frame.theme.color.accent.default };
}

/** Height of a row of figures set at `type`, as `cell` lays it out. */
function rowHeight(frame: Frame, figures: readonly Figure[], type: FigureType): number {
  const valueLine = Math.round(type.value.px * 1.1);
  const unitLine = !type.inline && figures.some((f) => f.unit) ? Math.round(type.unit.px * 1.1) : 0;
  if (type.labelAt !== undefined) {
    const label = type.labelLines * linesHeight(frame, 'body', type.listLabel ?? LIST_LABEL_STEP, 1);
    return Math.max(valueLine, label);
  }
  const label = type.labelLines * linesHeight(frame, 'body', gridLabelStep(frame), 1);
  return labelGap(frame, type) + valueLine + unitLine + label;
}

/**
 * Space between a figure's last line (number or unit) and its label. None beside an accent bar:
 * that line ends with its face's descent, which digits leave empty, and more would set the label
 * as far from its number as from the next row.
 */
function labelGap(frame: Frame, type: FigureType): number {
  if (type.labelAt !== undefined) return space(frame, 1);
  return type.rule > 0 ? 0 : space(frame, 2);
}

/**
 * A list row's label box: its last line's baseline on the number's (the body face's descent is
 * close to the figures face's), so the label reads as the line's end, not as a line below.
 */
function listLabelBox(frame: Frame, area: Rect, type: FigureType): Rect {
  const labelAt = type.labelAt ?? 0;
  const step = type.listLabel ?? LIST_LABEL_STEP;
  const labelPx = stepPx(frame, step);
  const valueLine = Math.round(type.value.px * 1.1);
  const labelHeight = type.labelLines * linesHeight(frame, 'body', step, 1);
  const onBaseline = area.y + valueLine - Math.round(BASELINE_EM * (type.value.px - labelPx));
  // A label taller than the number starts level with it and ends below its baseline rather than
  // being shrunk to keep to the number's height.
  const bottom = Math.min(area.y + area.height, Math.max(onBaseline, area.y + labelHeight));
  return rect(area.x + labelAt, area.y, area.width - labelAt, bottom - area.y);
}

/**
 * The rows' gap while sizing. The rows are then spaced out with what is left, so a larger gap here
 * would only make the figures smaller.
 */
function sizingGap(frame: Frame): number {
  const { baseline } = layoutGrid(frame);
  return baseline * Math.max(1, Math.round(space(frame, 2) / baseline));
}

/** The cells of `n` figures, `cols` to a row, on the layout grid's columns of `area`. */
function cellsOf(frame: Frame, area: Rect, bands: readonly Rect[], cols: number, n: number): Rect[] {
  const grid = { ...layoutGrid(frame), area: { ...area } };
  return bands.flatMap((band, r) => columnGroups(grid, cols, band).slice(0, Math.min(cols, n - r * cols)));
}

interface Arrangement {
  readonly cols: number;
  readonly bands: Rect[];
  readonly type: FigureType;
}

/** Figures `cols` to a row in bands filling `area`, their type sized on the first cell. */
function arranged(
  frame: Frame,
  figures: readonly Figure[],
  area: Rect,
  cols: number,
  tiled: boolean,
): Arrangement {
  const rowCount = Math.ceil(figures.length / cols);
  const bands = rows(
    area,
    Array.from({ length: rowCount }, () => ({ fr: 1 })),
    sizingGap(frame),
  );
  const cell = tiled
    ? tileInside(frame, tilesOf(frame, area, cols, figures.length)[0] as Rect)
    : (cellsOf(frame, area, bands, cols, figures.length)[0] as Rect);
  return { cols, bands, type: figureType(frame, figures, cell, tiled) };
}

/**
 * Two figures a row, or one a row (a list) where that sets the numbers larger: long numbers in
 * cells too narrow for them (two figures on a square, four on some portraits) gain from the width.
 */
function arrangement(frame: Frame, figures: readonly Figure[], area: Rect, tiled: boolean): Arrangement {
  const rowsOfTwo = arranged(frame, figures, area, perRow(figures.length), tiled);
  if (rowsOfTwo.cols === 1) return rowsOfTwo;
  const list = arranged(frame, figures, area, 1, tiled);
  return list.type.value.px > rowsOfTwo.type.value.px ? list : rowsOfTwo;
}

/** Space between a tile's edge and its figure, and between two tiles. */
const tilePadding = (frame: Frame) => space(frame, 3);
const tileGap = (frame: Frame) => space(frame, 1);

/**
 * The tiles of `n` figures, `cols` to a row, filling `area` and reaching their padding beyond its
 * sides: the first column's figures start on the margin, with the heading and the note.
 */
function tilesOf(frame: Frame, area: Rect, cols: number, n: number): Rect[] {
  const pad = tilePadding(frame);
  return grid(inset(area, { left: -pad, right: -pad }), n, cols, tileGap(frame));
}

/** Where a tile's figure stands: inside its padding, less above and below on a low tile (a list's). */
function tileInside(frame: Frame, tile: Rect): Rect {
  const x = tilePadding(frame);
  const y = Math.min(x, Math.round(tile.height * TILE_PADDING_SHARE));
  return inset(tile, { left: x, right: x, top: y, bottom: y });
}
/** Most of a tile's height its margin above or below may take. */
const TILE_PADDING_SHARE = 0.12;

/** Colours of a figure's number and unit, and of its label. */
interface FigureInk {
  readonly figure: string;
  readonly label: string;
}

/** A figure on the page: dark numbers, a muted label. */
const pageInk = (frame: Frame): FigureInk => ({
  figure: frame.theme.color.text.default,
  label: frame.theme.color.text.muted,
});

/**
 * The tiles alternate the partner's accent and its tint, as a checkerboard (a list: row by row),
 * so each partner's key figures are in its own colours; text pairs checked in `tokens/contrast`.
 */
function tileStyle(frame: Frame, row: number, column: number): { fill: string; ink: FigureInk } {
  const c = frame.theme.color;
  return (row + column) % 2 === 0
    ? { fill: c.accent.default, ink: { figure: c.text.onAccent, label: c.text.onAccent } }
    : { fill: c.accent.subtle, ink: { figure: c.accent.strong, label: c.text.default } };
}

/**
 * The figures in a grid of cells on the layout grid's columns, filling `area`. Tiled, each figure
 * stands on its own colour field (the cells fill the area); else beside an accent bar, the rows
 * packed at the foot of the area.
 */
function figureGrid(
  frame: Frame,
  content: ChiffresClesContent,
  area: Rect,
  tiled: boolean,
): { panels: Panel[]; text: Painted; numbers: NumberSize } {
  const n = content.figures.length;
  const { cols, bands, type } = arrangement(frame, content.figures, area, tiled);
  if (tiled) {
    const tiles = tilesOf(frame, area, cols, n);
    const parts = content.figures.map((figure, i) => {
      const tile = tiles[i] as Rect;
      const style = tileStyle(frame, Math.floor(i / cols), i % cols);
      const drawn = cell(frame, figure, i, tileInside(frame, tile), type, style.ink);
      return { panels: [{ ...tile, color: style.fill, tile: true }, ...drawn.panels], text: drawn.text };
    });
    return {
      panels: parts.flatMap((p) => p.panels),
      text: parts.flatMap((p) => p.text),
      numbers: type.value,
    };
  }
  const rowCount = bands.length;
  // Rows as tall as their figures, spaced up to a set gap and set at the foot of the area (on the
  // note): the figures keep one rhythm instead of floating at the top of bands too tall for them.
  const rowH = rowHeight(frame, content.figures, type);
  const spare = area.height - rowCount * rowH;
  const gap = rowCount > 1 ? Math.min(space(frame, 20), Math.floor(spare / (rowCount - 1))) : 0;
  const packed = rowCount * rowH + (rowCount - 1) * gap;
  const packedRows = rows(
    rect(area.x, area.y + area.height - packed, area.width, packed),
    Array.from({ length: rowCount }, () => rowH),
    gap,
  );
  // The bands are the fallback of a type too large for the area; their rounded edges may cut a
  // row a pixel short of what its figure was sized for.
  const cells = cellsOf(frame, area, spare >= 0 ? packedRows : bands, cols, n);
  const ink = pageInk(frame);
  const parts = content.figures.map((figure, i) => cell(frame, figure, i, cells[i] as Rect, type, ink));
  return { panels: parts.flatMap((p) => p.panels), text: parts.flatMap((p) => p.text), numbers: type.value };
}

/**
 * The title's largest step: `wanted`, but a step below the numbers' own (never below 2xl), so that
 * the figures lead even where their cells keep them small (a square's inline units).
 */
function titleBelowNumbers(frame: Frame, wanted: FontSizeStep, numbers: NumberSize): FontSizeStep {
  // `floor` is the numbers' step, or the one below when they sit between two.
  const below = numbers.px > stepPx(frame, numbers.floor) ? numbers.floor : shiftStep(numbers.floor, -1);
  return largerStep('2xl', smallerStep(wanted, below));
}

function noteBox(frame: Frame, content: ChiffresClesContent, area: Rect): Painted {
  if (!content.note || area.height <= 0) return [];
  return [
    {
      box: textBox(frame, {
        field: 'note',
        text: content.note,
        role: 'body',
        box: area,
        largest: 'xl',
        smallest: 'sm',
        maxLines: 3,
      }),
      color: frame.theme.color.text.default,
    },
  ];
}

/**
 * The figures with their header on the brand panel, the note below them and the lockup. The
 * figures stand on tiles where no photo brings colour (`tiled`), beside accent bars next to one.
 */
function parts(
  frame: Frame,
  content: ChiffresClesContent,
  areas: { brand: Panel; head: Rect; figures: Rect; note: Rect | undefined; tiled: boolean },
  lockup: PlacedLockup,
  titleLargest: FontSizeStep = TITLE_LARGEST,
): SceneParts {
  const figures = figureGrid(frame, content, areas.figures, areas.tiled);
  const c = frame.theme.color;
  return {
    background: c.surface.default,
    panels: [areas.brand, ...figures.panels],
    text: [
      ...heading(frame, areas.head, {
        kicker: content.kicker,
        title: {
          text: content.title,
          role: 'headline',
          largest: titleBelowNumbers(frame, titleLargest, figures.numbers),
          smallest: TITLE_SMALLEST,
          maxLines: 3,
        },
        color: c.text.onBrand,
        gap: space(frame, 3),
      }),
      ...figures.text,
      ...(areas.note ? noteBox(frame, content, areas.note) : []),
    ],
    lockup,
  };
}

/** The title's smallest size: below it, it would not lead the figures' labels. */
const TITLE_SMALLEST: FontSizeStep = '2xl';

/** The title's largest size where the scene does not ask for more. */
const TITLE_LARGEST: FontSizeStep = '5xl';

/** The title's size on the stacked formats: below the figures' largest, which lead. */
const HEADLINE_STEP: FontSizeStep = '4xl';

/** Ideal heights of what a stacked scene sets around its figures: header, note and lockup band. */
function stackedSizes(
  frame: Frame,
  content: ChiffresClesContent,
  names: LockupNames,
  titleStep: FontSizeStep = HEADLINE_STEP,
) {
  const { safe } = frame;
  const gap = space(frame, 6);
  // The header and the note take the lines their text needs, so the figures get the rest.
  const linesAt = (text: string, step: FontSizeStep, face: 'display' | 'body') =>
    textAdvance(text, stepPx(frame, step), face) <= safe.width ? 1 : 2;
  const headIdeal =
    kickerHeight(frame, content) +
    linesHeight(frame, 'headline', titleStep, linesAt(content.title, titleStep, 'display'));
  const lockupH = lockupBandHeight(frame, names, 'horizontal', 0.44);
  const noteLines = content.note ? linesAt(content.note, 'lg', 'body') : 0;
  const noteIdeal = linesHeight(frame, 'body', 'lg', noteLines);
  const noteMin = linesHeight(frame, 'body', 'sm', noteLines);
  return { gap, headIdeal, lockupH, noteIdeal, noteMin };
}

/**
 * A stacked scene's axis: its pictogram at the right of the heading, its foot on the title's, the
 * heading narrowed beside it. A row above the heading (`axisMark`, as in the wide formats' brand
 * column) would take its height from the figures, and with it their size.
 */
function axisBeside(
  frame: Frame,
  axis: ChiffresClesContent['axis'],
  area: Rect,
): { head: Rect; pictogram?: NonNullable<SceneParts['pictogram']> } {
  if (!axis) return { head: area };
  const side = Math.min(pictogramSide(frame), area.height);
  return {
    head: { ...area, width: area.width - axisBesideWidth(frame) },
    pictogram: {
      box: rect(area.x + area.width - side, area.y + area.height - side, side, side),
      axis,
      color: frame.theme.color.text.onBrand,
    },
  };
}

/**
 * Height a stacked heading needs beside the axis pictogram: a title on one line across the whole
 * width (at the largest step at which it fits `head`) that the pictogram pushes onto two keeps its
 * size on them; reset smaller on one line it would no longer lead the figures. A longer title
 * keeps its lines, a little smaller, and the figures their room.
 */
function headBesideAxis(
  frame: Frame,
  content: ChiffresClesContent,
  largest: FontSizeStep,
  head: number,
): number {
  const kicker = kickerHeight(frame, content);
  const tracking = frame.theme.text.headline.letterSpacing;
  // One line where the whole title fits as drawn (tracking and kerning included), else as estimated.
  const lines = (step: FontSizeStep, width: number) =>
    trackedWidth(frame, content.title, stepPx(frame, step), tracking) * KERNED <= width
      ? 1
      : estimatedLines(content.title, stepPx(frame, step), 'display', width);
  const titleHeight = (step: FontSizeStep, width: number) =>
    linesHeight(frame, 'headline', step, lines(step, width));
  const steps = stepRange(largest, TITLE_SMALLEST);
  const step = steps.find((s) => kicker + titleHeight(s, frame.safe.width) <= head) ?? TITLE_SMALLEST;
  if (lines(step, frame.safe.width) > 1) return head;
  return kicker + titleHeight(step, frame.safe.width - axisBesideWidth(frame));
}

/**
 * The display face's kerning sets a title about this share of its advances' sum (1.4 % narrower
 * on « Le marais audomarois en chiffres »): without it a title drawn on one line counts as two.
 */
const KERNED = 0.98;

/** Height of the kicker's line and its gap to the title, as `heading` sets them (none without). */
const kickerHeight = (frame: Frame, content: ChiffresClesContent) =>
  content.kicker ? linesHeight(frame, 'label', 'xl', 1) + space(frame, 3) : 0;

/** Width the pictogram (as large as on the photo-led tab) and its gap take from a stacked heading. */
const axisBesideWidth = (frame: Frame) => pictogramSide(frame) + space(frame, 4);

/** Most of the height the header of a colour-led stacked scene takes from its figures. */
const HEAD_SHARE = 0.22;

function stacked(
  frame: Frame,
  content: ChiffresClesContent,
  names: LockupNames,
  titleStep: FontSizeStep,
  tiled: boolean,
  headShare = HEAD_SHARE,
): SceneParts {
  const { safe } = frame;
  const { gap, headIdeal, lockupH, noteIdeal, noteMin } = stackedSizes(frame, content, names, titleStep);
  const head = Math.min(headIdeal, Math.round(safe.height * headShare));
  // The figures take what the header, the note and the lockup leave.
  const [headArea, rest] = rows(
    safe,
    [content.axis ? Math.max(head, headBesideAxis(frame, content, titleStep, head)) : head, { fr: 1 }],
    Math.round(1.5 * gap),
  ) as [Rect, Rect];
  const mark = axisBeside(frame, content.axis, headArea);
  // The lockup's band holds its clear space: no gap added above it.
  const [lockupArea, above] = takeBottom(rest, lockupH, 0);
  const noteH = content.note ? Math.max(noteMin, Math.min(noteIdeal, Math.round(above.height * 0.2))) : 0;
  const [noteArea, figuresArea] = noteH > 0 ? takeBottom(above, noteH, gap) : [undefined, above];
  const foot = risenWaterFoot(frame, lockupArea.y + lockupArea.height);
  return {
    ...parts(
      frame,
      content,
      {
        brand: topBand(frame, headArea, gap, frame.theme.color.surface.brand),
        head: mark.head,
        figures: figuresArea,
        note: noteArea,
        tiled,
      },
      colourLockup(frame, names, lockupArea),
      // The heading may set the title larger than the step it was sized for, up to 5xl.
      largerStep(titleStep, TITLE_LARGEST),
    ),
    ...(foot ? { foot } : {}),
    ...(mark.pictogram ? { pictogram: mark.pictogram } : {}),
  };
}

type FiguresImage = NonNullable<ChiffresClesContent['image']>;

/** The title's size on photo-led posters: 1.6 times the list labels set large beside their numbers. */
const PHOTO_LED_POSTER_TITLE: FontSizeStep = '6xl';
/** The numbers' size a photo-led scene keeps room for. */
const PHOTO_LED_FIGURE: FontSizeStep = '5xl';

/**
 * Height the figures need with their numbers at `PHOTO_LED_FIGURE`: list rows with the label
 * beside on two lines, or grid rows with the unit and two label lines below.
 */
function figuresRoom(frame: Frame, content: ChiffresClesContent): number {
  const n = content.figures.length;
  const perLine = perRow(n);
  const rowCount = Math.ceil(n / perLine);
  const px = stepPx(frame, PHOTO_LED_FIGURE);
  const valueLine = Math.round(px * 1.1);
  const rowNeed =
    perLine === 1
      ? Math.max(valueLine, linesHeight(frame, 'body', 'md', 2))
      : space(frame, 2) +
        valueLine +
        linesHeight(frame, 'figure', '3xl', 1) +
        linesHeight(frame, 'body', gridLabelStep(frame), 2);
  return rowCount * rowNeed + (rowCount - 1) * space(frame, 2);
}

/**
 * Height the figures take when given `figuresRoom`: their rows at the type they are set at there.
 * A list whose labels beside keep the numbers below `PHOTO_LED_FIGURE` needs less than that room,
 * and what it leaves goes to the photo.
 */
function figuresNeed(frame: Frame, content: ChiffresClesContent): number {
  const room = figuresRoom(frame, content);
  const { cols, type } = arrangement(
    frame,
    content.figures,
    rect(frame.safe.x, 0, frame.safe.width, room),
    false,
  );
  const rowCount = Math.ceil(content.figures.length / cols);
  const need = rowCount * rowHeight(frame, content.figures, type) + (rowCount - 1) * sizingGap(frame);
  return Math.min(room, need);
}

/**
 * How far down the canvas the photo reaches on stacked formats, at most and at least; the left
 * column's share on wide ones.
 */
const PHOTO_SHARE = { story: 0.28, portrait: 0.26, poster: 0.3, landscape: 0.3, least: 1 / 6 } as const;

/**
 * Photo-led, stacked: the photo to the edges across the top (the story's top safe zone included,
 * which carries no text), the colour-led layout in the room below it.
 */
function stackedPhoto(
  frame: Frame,
  content: ChiffresClesContent,
  names: LockupNames,
  image: FiguresImage,
): SceneParts | undefined {
  const { safe, canvas } = frame;
  // The axis rides a tab rising into the photo: the heading below it has no pictogram row.
  const plain = { ...content, axis: undefined };
  // A poster's title keeps its lead over list labels set large beside their numbers.
  const titleStep = frame.composition === 'poster' ? PHOTO_LED_POSTER_TITLE : HEADLINE_STEP;
  const sizes = stackedSizes(frame, plain, names, titleStep);
  const gap = sizes.gap;
  const share =
    frame.composition === 'story' || frame.composition === 'poster'
      ? PHOTO_SHARE[frame.composition]
      : PHOTO_SHARE.portrait;
  // Below the photo: a gap, the header, its gap, the figures, the note and the lockup band.
  const room =
    safe.y +
    safe.height -
    figuresNeed(frame, content) -
    sizes.headIdeal -
    sizes.noteIdeal -
    sizes.lockupH -
    4 * gap;
  const photoBottom = Math.min(Math.round(canvas.height * share), room);
  // Less than a sixth of the canvas is no photo-led scene: a campaign that asks for the photo is
  // told so, in French, rather than given the colour-led scene without a word (or, with the photo
  // forced in, numbers smaller than the title).
  const least = Math.max(
    safe.y + gap,
    Math.round(canvas.height * PHOTO_SHARE.least),
    content.axis ? safe.y + pictogramTabHeight(frame) : 0,
  );
  if (photoBottom < least) {
    if (content.composition === 'photo') {
      const count = content.figures.length;
      throw noRoomForPhoto(
        frame.format.id,
        count === 1 ? 'le chiffre ne laisse' : `les ${count}\u00a0chiffres ne laissent`,
        'moins de chiffres',
      );
    }
    return undefined;
  }
  const below = rect(safe.x, photoBottom + gap, safe.width, safe.y + safe.height - photoBottom - gap);
  // The photo's height was taken from what the header needs, which keeps all of it.
  const colour = stacked({ ...frame, safe: below }, plain, names, titleStep, false, 1);
  return belowPhoto(frame, colour, photoBottom, image.focalPoint, axisTab(frame, content.axis, photoBottom));
}

/**
 * Wide: the brand column on the left with the heading and the lockup, the figures beside it.
 * Photo-led, the photo takes the top of the brand column to the edges and the panel the rest.
 */
function sideBySide(
  frame: Frame,
  content: ChiffresClesContent,
  names: LockupNames,
  image?: FiguresImage,
): SceneParts {
  const { safe, canvas } = frame;
  const gap = space(frame, 6);
  // The layout grid's columns: the brand column on the first third, the figures after one
  // column's gutter.
  const layout = layoutGrid(frame);
  const third = Math.max(1, Math.round(layout.columns / 3));
  const skip = layout.columns >= 6 ? 1 : 0;
  const left =
    layout.columns > 2 ? span(layout, 0, third) : rect(safe.x, safe.y, safe.width * 0.34, safe.height);
  const right =
    layout.columns > 2
      ? span(layout, third + skip, layout.columns - third - skip)
      : rect(
          left.x + left.width + 3 * gap,
          safe.y,
          safe.x + safe.width - left.x - left.width - 3 * gap,
          safe.height,
        );
  const gutter = right.x - (left.x + left.width);
  const [photoRow, column] = image
    ? (rows(left, [{ fr: PHOTO_SHARE.landscape }, { fr: 1 - PHOTO_SHARE.landscape }], 2 * gap) as [
        Rect,
        Rect,
      ])
    : [undefined, left];
  const lockupH = lockupBandHeight({ ...frame, safe: left }, names, 'vertical', 0.7);
  const [lockupArea, headArea] = takeBottom(column, Math.min(lockupH, Math.round(left.height * 0.4)), gap);
  // The note takes the lines it needs at its ideal size, so the figures get the rest.
  const notePx = Math.round(frame.theme.font.size.md * frame.scale);
  const noteLines = content.note && textAdvance(content.note, notePx, 'body') <= right.width ? 1 : 2;
  const noteH = content.note ? linesHeight(frame, 'body', 'md', noteLines) : 0;
  const [noteArea, figuresArea] = noteH > 0 ? takeBottom(right, noteH, gap) : [undefined, right];
  const band = leftBand(frame, left, gutter, frame.theme.color.surface.brand);
  // Photo-led, the panel reaches one gap above the column it carries.
  const panelTop = column.y - gap;
  // Beside a photo the axis rides a tab rising into it; else its pictogram tops the column.
  const tab = photoRow ? axisTab(frame, content.axis, panelTop) : undefined;
  const mark = tab ? { head: headArea, pictogram: tab.pictogram } : axisMark(frame, content.axis, headArea);
  const drawn = parts(
    frame,
    content,
    {
      brand: photoRow ? { ...band, y: panelTop, height: canvas.height - panelTop } : band,
      head: mark.head,
      figures: figuresArea,
      note: noteArea,
      tiled: image === undefined,
    },
    placeLockup(frame, names, lockupArea, {
      orientation: 'vertical',
      variant: 'reversed',
      verticalAlign: 'end',
      // Under the left-aligned heading, flush left like it.
      stack: 'start',
    }),
  );
  const scene = mark.pictogram ? { ...drawn, pictogram: mark.pictogram } : drawn;
  if (!photoRow || !image) return scene;
  const photo = rect(0, 0, band.width, panelTop);
  const [brandPanel, ...figurePanels] = scene.panels;
  return {
    ...scene,
    background: undefined,
    panels: [
      ...paperBesidePhoto(frame, photo),
      ...(brandPanel ? [brandPanel] : []),
      ...(tab ? [tab.panel] : []),
      ...figurePanels,
    ],
    image: { box: photo, focalPoint: image.focalPoint },
  };
}

/**
 * Photo-led when the content has a photo (or the campaign forces it), colour-led otherwise; the
 * square keeps the colour-led composition unless forced (its figures would lose their room).
 */
export function chiffresClesScene(
  frame: Frame,
  content: ChiffresClesContent,
  names: LockupNames,
): SceneParts {
  const image = leadOf(content, frame.composition !== 'square') === 'photo' ? content.image : undefined;
  if (frame.composition === 'landscape') return sideBySide(frame, content, names, image);
  return (
    (image && stackedPhoto(frame, content, names, image)) ||
    stacked(
      frame,
      content,
      names,
      frame.composition === 'poster' ? PHOTO_LED_POSTER_TITLE : HEADLINE_STEP,
      true,
    )
  );
}
