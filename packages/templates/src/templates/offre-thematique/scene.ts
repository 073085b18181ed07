import { type Frame, linesHeight, space, textBox } from '../../layout/frame.js';
import { columns, rect, rows, takeBottom } from '../../layout/geometry.js';
import { stackHeights } from '../../layout/stack.js';
import type { LockupNames } from '../../lockup/geometry.js';
import { lockupBandHeight, placeLockup } from '../../lockup/place.js';
import type { Painted, Panel, Scene } from '../../scene/scene.js';
import { NBSP } from '../../text/french.js';
import { axisColors } from '../../theme.js';
import type { Rect } from '../../types.js';
import type { OffreThematiqueContent } from './schema.js';

const MORE = `En savoir plus${NBSP}:`;

/** Pictogram, kicker and title on the axis colour. */
function axisHead(
  frame: Frame,
  content: OffreThematiqueContent,
  area: Rect,
): { text: Painted; pictogram: Scene['pictogram'] } {
  const colors = axisColors(frame.theme, content.axis);
  const gap = space(frame, 4);
  const picto = Math.round(Math.min(area.height * 0.3, space(frame, 20)));
  const kickerH = content.kicker ? linesHeight(frame, 'label', 'xl', 1) : 0;
  const [pictoRow, rest] = rows(area, [picto, { fr: 1 }], gap) as [Rect, Rect];
  const kickerGap = space(frame, 2);
  const [kicker, title] = (kickerH ? rows(rest, [kickerH, { fr: 1 }], kickerGap) : [undefined, rest]) as [
    Rect | undefined,
    Rect,
  ];
  const text: Painted = [];
  if (kicker && content.kicker) {
    text.push({
      box: textBox(frame, {
        field: 'kicker',
        text: content.kicker,
        role: 'label',
        box: kicker,
        largest: 'xl',
        smallest: 'sm',
        maxLines: 1,
        uppercase: true,
      }),
      color: colors.onSurface,
      above: { field: 'title', gap: kickerGap },
    });
  }
  text.push({
    box: textBox(frame, {
      field: 'title',
      text: content.title,
      role: 'display',
      box: title,
      largest: '7xl',
      smallest: '2xl',
      maxLines: 4,
      verticalAlign: 'end',
    }),
    color: colors.onSurface,
  });
  return {
    text,
    pictogram: {
      box: rect(pictoRow.x, pictoRow.y, picto, picto),
      axis: content.axis,
      color: colors.onSurface,
    },
  };
}

/** The offer's text, its highlights (each after a square in the axis colour) and its link. */
function body(
  frame: Frame,
  content: OffreThematiqueContent,
  area: Rect,
  withLink: boolean,
): { text: Painted; panels: Panel[] } {
  const c = frame.theme.color;
  const gap = space(frame, 3);
  const highlights = content.highlights ?? [];
  const itemH = linesHeight(frame, 'subtitle', 'lg', 1);
  const linkH = withLink && content.link ? linesHeight(frame, 'subtitle', 'lg', 1) : 0;
  const itemGap = space(frame, 1);
  const heights = stackHeights(
    area.height,
    [...highlights.map(() => ({ ideal: itemH, min: itemH })), { ideal: linkH, min: linkH }],
    itemGap,
    gap,
    0.3,
  );
  const itemHeights = heights.items.slice(0, highlights.length);
  // The text's track includes the wider gap below it, so the items reach the bottom.
  const tracks = [heights.head + gap - itemGap, ...itemHeights, ...(linkH ? [linkH] : [])];
  const boxes = rows(area, tracks, itemGap);
  const text: Painted = [
    {
      box: textBox(frame, {
        field: 'text',
        text: content.text,
        role: 'body',
        box: { ...(boxes[0] as Rect), height: heights.head },
        largest: 'xl',
        smallest: 'xs',
        maxLines: 7,
        // Beside the axis panel the text sits on its highlights, level with the lockup below.
        verticalAlign: frame.composition === 'landscape' ? 'end' : 'start',
      }),
      color: c.text.default,
    },
  ];
  const panels: Panel[] = [];
  const bullet = Math.round(itemH * 0.3);
  highlights.forEach((item, i) => {
    const row = boxes[1 + i] as Rect;
    const [mark, label] = columns(row, [bullet, { fr: 1 }], space(frame, 3)) as [Rect, Rect];
    panels.push({
      ...rect(mark.x, mark.y + Math.round((row.height - bullet) / 2), bullet, bullet),
      color: axisColors(frame.theme, content.axis).surface,
    });
    text.push({
      box: textBox(frame, {
        field: `highlights[${i}]`,
        text: item,
        role: 'subtitle',
        box: label,
        largest: 'lg',
        smallest: 'xs',
        maxLines: 1,
        verticalAlign: 'center',
      }),
      color: c.text.default,
    });
  });
  if (linkH && content.link) {
    text.push({
      box: textBox(frame, {
        field: 'link.shortUrl',
        text: `${MORE} ${content.link.shortUrl}`,
        role: 'subtitle',
        box: boxes[boxes.length - 1] as Rect,
        largest: 'lg',
        smallest: 'xs',
        maxLines: 1,
        verticalAlign: 'end',
      }),
      color: c.text.link,
    });
  }
  return { text, panels };
}

function stacked(frame: Frame, content: OffreThematiqueContent, names: LockupNames): Scene {
  const { theme, safe, canvas, composition, format } = frame;
  const c = theme.color;
  const gap = space(frame, 6);
  const isPoster = composition === 'poster';
  const share = composition === 'square' ? 0.42 : 0.45;
  const [head, rest] = rows(safe, [{ fr: share }, { fr: 1 - share }], 2 * gap) as [Rect, Rect];
  const axisPanel: Panel = {
    ...rect(0, 0, canvas.width, head.y + head.height + gap),
    color: axisColors(frame.theme, content.axis).surface,
  };
  const lockupH = lockupBandHeight(frame, names, 'horizontal', 0.45);
  const qrSide = isPoster && content.link ? Math.round(safe.width * 0.2) : 0;
  const [bottom, bodyArea] = takeBottom(rest, Math.max(lockupH, qrSide), gap);
  let lockupArea = bottom;
  let qr: Scene['qr'];
  if (qrSide > 0 && content.link) {
    const [left, qrBox] = columns(bottom, [{ fr: 1 }, qrSide], gap) as [Rect, Rect];
    lockupArea = left;
    qr = { box: qrBox, data: content.link.url, color: c.text.default, background: c.surface.default };
  }
  const top = axisHead(frame, content, head);
  const main = body(frame, content, bodyArea, true);
  return {
    format,
    composition,
    safeArea: safe,
    background: c.surface.default,
    panels: [axisPanel, ...main.panels],
    text: [...top.text, ...main.text],
    lockup: placeLockup(frame, names, lockupArea, {
      orientation: 'horizontal',
      variant: 'colour',
      verticalAlign: 'end',
    }),
    pictogram: top.pictogram,
    ...(qr ? { qr } : {}),
  };
}

function sideBySide(frame: Frame, content: OffreThematiqueContent, names: LockupNames): Scene {
  const { theme, safe, canvas, composition, format } = frame;
  const c = theme.color;
  const gap = space(frame, 6);
  const [left, right] = columns(safe, [{ fr: 0.46 }, { fr: 0.54 }], 3 * gap) as [Rect, Rect];
  const axisPanel: Panel = {
    ...rect(0, 0, left.x + left.width + Math.round(1.5 * gap), canvas.height),
    color: axisColors(frame.theme, content.axis).surface,
  };
  const lockupH = lockupBandHeight({ ...frame, safe: right }, names, 'horizontal', 0.5);
  const [lockupArea, bodyArea] = takeBottom(right, lockupH, gap);
  const top = axisHead(frame, content, left);
  const main = body(frame, content, bodyArea, true);
  return {
    format,
    composition,
    safeArea: safe,
    background: c.surface.default,
    panels: [axisPanel, ...main.panels],
    text: [...top.text, ...main.text],
    lockup: placeLockup(frame, names, lockupArea, {
      orientation: 'horizontal',
      variant: 'colour',
      verticalAlign: 'end',
    }),
    pictogram: top.pictogram,
  };
}

export function offreThematiqueScene(
  frame: Frame,
  content: OffreThematiqueContent,
  names: LockupNames,
): Scene {
  return frame.composition === 'landscape'
    ? sideBySide(frame, content, names)
    : stacked(frame, content, names);
}
