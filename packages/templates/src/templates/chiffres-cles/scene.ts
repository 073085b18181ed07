import { type Frame, linesHeight, space, textBox } from '../../layout/frame.js';
import { columns, grid, rect, rows, takeBottom } from '../../layout/geometry.js';
import type { LockupNames } from '../../lockup/geometry.js';
import { lockupBandHeight, type PlacedLockup, placeLockup } from '../../lockup/place.js';
import { heading } from '../../scene/heading.js';
import { colourLockup, leftBand, sideBySideOnLandscape, topBand } from '../../scene/parts.js';
import type { Painted, Panel, SceneParts } from '../../scene/scene.js';
import { formatNumber } from '../../text/french.js';
import type { Composition, Rect, TextBox } from '../../types.js';
import type { ChiffresClesContent, Figure } from './schema.js';

/** Figures per row: a list of wide rows for three figures or on landscapes, else a grid. */
function perRow(count: number, composition: Composition): number {
  if (count === 3 || (composition === 'landscape' && count > 2)) return 1;
  if (count === 2 && composition === 'story') return 1;
  return count === 4 ? 2 : count;
}

/**
 * One key figure: the number, its unit, its label. Stacked under an accent rule in a grid cell;
 * in a row (number | unit and label) beside an accent bar when the cell is wide.
 */
function cell(
  frame: Frame,
  figure: Figure,
  index: number,
  area: Rect,
  align: TextBox['align'],
): { panel: Panel; text: Painted } {
  const c = frame.theme.color;
  const rule = Math.max(2, Math.round(frame.theme.border.width.thick * frame.scale));
  const small = space(frame, 1);
  const inRow = area.width / area.height > 2.2;
  const unitH = figure.unit ? linesHeight(frame, 'title', 'xl', 1) : 0;
  let panel: Panel;
  let valueBox: Rect;
  let unitBox: Rect | undefined;
  let labelBox: Rect;
  if (inRow) {
    panel = { ...rect(area.x, area.y, rule, area.height), color: c.accent.default };
    const inner = rect(
      area.x + rule + space(frame, 4),
      area.y,
      area.width - rule - space(frame, 4),
      area.height,
    );
    const [left, right] = columns(inner, [{ fr: 1.1 }, { fr: 1 }], space(frame, 4)) as [Rect, Rect];
    valueBox = left;
    const [u, l] = rows(right, [unitH, { fr: 1 }], small) as [Rect, Rect];
    unitBox = unitH > 0 ? u : undefined;
    labelBox = unitH > 0 ? l : right;
  } else {
    panel = { ...rect(area.x, area.y, area.width, rule), color: c.accent.default };
    const inner = rect(
      area.x,
      area.y + rule + space(frame, 2),
      area.width,
      area.height - rule - space(frame, 2),
    );
    const labelMin = linesHeight(frame, 'body', 'md', 1);
    const valueH = Math.min(
      linesHeight(frame, 'figure', '7xl', 1),
      inner.height - unitH - labelMin - 2 * small,
    );
    const boxes = rows(inner, unitH > 0 ? [valueH, unitH, { fr: 1 }] : [valueH, { fr: 1 }], small);
    valueBox = boxes[0] as Rect;
    unitBox = unitH > 0 ? (boxes[1] as Rect) : undefined;
    labelBox = boxes[boxes.length - 1] as Rect;
  }
  const path = `figures[${index}]`;
  const text: Painted = [
    {
      box: {
        ...textBox(frame, {
          field: `${path}.value`,
          text: formatNumber(figure.value),
          role: 'figure',
          box: valueBox,
          largest: '7xl',
          smallest: 'xl',
          maxLines: 1,
          // In a row the number hugs its unit: figures of a list line up on their last digit.
          align: inRow ? 'end' : align,
          verticalAlign: inRow ? 'center' : 'end',
        }),
        group: 'figures.value',
      },
      color: c.text.default,
    },
  ];
  if (figure.unit && unitBox) {
    text.push({
      box: {
        ...textBox(frame, {
          field: `${path}.unit`,
          text: figure.unit,
          role: 'title',
          box: unitBox,
          largest: '2xl',
          smallest: 'sm',
          maxLines: 1,
          align,
          verticalAlign: inRow ? 'end' : 'start',
        }),
        group: 'figures.unit',
      },
      color: c.text.default,
    });
  }
  text.push({
    box: {
      ...textBox(frame, {
        field: `${path}.label`,
        text: figure.label,
        role: 'body',
        box: labelBox,
        largest: 'xl',
        smallest: 'xs',
        maxLines: 2,
        align,
      }),
      group: 'figures.label',
    },
    color: c.text.muted,
  });
  return { panel, text };
}

function figureGrid(
  frame: Frame,
  content: ChiffresClesContent,
  area: Rect,
): { panels: Panel[]; text: Painted } {
  const n = content.figures.length;
  const cols = perRow(n, frame.composition);
  const gap = space(frame, cols === 1 ? 4 : 6);
  const cells = grid(area, n, cols, gap);
  const align = cols === 1 && frame.composition !== 'story' && n === 1 ? 'center' : 'start';
  const parts = content.figures.map((figure, i) => cell(frame, figure, i, cells[i] as Rect, align));
  return { panels: parts.map((p) => p.panel), text: parts.flatMap((p) => p.text) };
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

/** The figures with their header on the brand panel, the note below them and the lockup. */
function parts(
  frame: Frame,
  content: ChiffresClesContent,
  areas: { brand: Panel; head: Rect; figures: Rect; note: Rect | undefined },
  lockup: PlacedLockup,
): SceneParts {
  const figures = figureGrid(frame, content, areas.figures);
  const c = frame.theme.color;
  return {
    background: c.surface.default,
    panels: [areas.brand, ...figures.panels],
    text: [
      ...heading(frame, areas.head, {
        kicker: content.kicker,
        title: { text: content.title, role: 'headline', largest: '6xl', smallest: '2xl', maxLines: 3 },
        color: c.text.onBrand,
        gap: space(frame, 3),
      }),
      ...figures.text,
      ...(areas.note ? noteBox(frame, content, areas.note) : []),
    ],
    lockup,
  };
}

function stacked(frame: Frame, content: ChiffresClesContent, names: LockupNames): SceneParts {
  const { safe } = frame;
  const gap = space(frame, 6);
  const headIdeal =
    (content.kicker ? linesHeight(frame, 'label', 'xl', 1) + space(frame, 3) : 0) +
    linesHeight(frame, 'headline', '5xl', 2);
  const lockupH = lockupBandHeight(frame, names, 'horizontal', 0.5);
  const noteIdeal = content.note ? linesHeight(frame, 'body', 'lg', 2) : 0;
  const noteMin = content.note ? linesHeight(frame, 'body', 'sm', 2) : 0;
  // The figures take what the header, the note and the lockup leave.
  const [headArea, rest] = rows(
    safe,
    [Math.min(headIdeal, Math.round(safe.height * 0.22)), { fr: 1 }],
    2 * gap,
  ) as [Rect, Rect];
  const [lockupArea, above] = takeBottom(rest, lockupH, gap);
  const noteH = content.note ? Math.max(noteMin, Math.min(noteIdeal, Math.round(above.height * 0.2))) : 0;
  const [noteArea, figuresArea] = noteH > 0 ? takeBottom(above, noteH, gap) : [undefined, above];
  return parts(
    frame,
    content,
    {
      brand: topBand(frame, headArea, gap, frame.theme.color.surface.brand),
      head: headArea,
      figures: figuresArea,
      note: noteArea,
    },
    colourLockup(frame, names, lockupArea),
  );
}

function sideBySide(frame: Frame, content: ChiffresClesContent, names: LockupNames): SceneParts {
  const { safe } = frame;
  const gap = space(frame, 6);
  const [left, right] = columns(safe, [{ fr: 0.34 }, { fr: 0.66 }], 3 * gap) as [Rect, Rect];
  const lockupH = lockupBandHeight({ ...frame, safe: left }, names, 'vertical', 0.8);
  const [lockupArea, headArea] = takeBottom(left, Math.min(lockupH, Math.round(left.height * 0.4)), gap);
  const noteH = content.note ? linesHeight(frame, 'body', 'md', 2) : 0;
  const [noteArea, figuresArea] = noteH > 0 ? takeBottom(right, noteH, gap) : [undefined, right];
  return parts(
    frame,
    content,
    {
      brand: leftBand(frame, left, 3 * gap, frame.theme.color.surface.brand),
      head: headArea,
      figures: figuresArea,
      note: noteArea,
    },
    placeLockup(frame, names, lockupArea, {
      orientation: 'vertical',
      variant: 'reversed',
      verticalAlign: 'end',
    }),
  );
}

export const chiffresClesScene = sideBySideOnLandscape(sideBySide, stacked);
