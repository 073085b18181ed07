import { fittedFontSizes } from '../../layout/fitted-sizes.js';
import { type Frame, linesHeight, space, stepPx, textBox } from '../../layout/frame.js';
import { columns, rect, rows, takeBottom } from '../../layout/geometry.js';
import { stackHeights } from '../../layout/stack.js';
import { textAdvance } from '../../lockup/advances.js';
import type { LockupNames } from '../../lockup/geometry.js';
import { lockupBandHeight } from '../../lockup/place.js';
import { heading } from '../../scene/heading.js';
import { leadOf } from '../../scene/lead.js';
import {
  belowPhoto,
  colourLockup,
  leftBand,
  lockupFoot,
  paperBesidePhoto,
  pictogramTab,
  topBand,
} from '../../scene/parts.js';
import type { Painted, Panel, SceneParts } from '../../scene/scene.js';
import { NBSP } from '../../text/french.js';
import { axisColors, type FontSizeStep } from '../../theme.js';
import type { Rect } from '../../types.js';
import type { OffreThematiqueContent } from './schema.js';

const MORE = `En savoir plus${NBSP}:`;

const TITLE = { role: 'display', maxLines: 4 } as const;

/** The most of the heading's height the pictogram row takes. */
const PICTOGRAM_SHARE = { square: 0.2, other: 0.3 } as const;

/** Pictogram (unless a photo's tab carries it), kicker and title on the axis colour. */
function axisHead(
  frame: Frame,
  content: OffreThematiqueContent,
  area: Rect,
  withPictogram = true,
): { text: Painted; pictogram: SceneParts['pictogram'] } {
  const colors = axisColors(frame.theme, content.axis);
  const gap = space(frame, 4);
  // On the square the pictogram row gives the title room for a second line at a larger step.
  const pictoShare = frame.composition === 'square' ? PICTOGRAM_SHARE.square : PICTOGRAM_SHARE.other;
  const picto = Math.round(Math.min(area.height * pictoShare, space(frame, 20)));
  const [pictoRow, rest] = withPictogram
    ? (rows(area, [picto, { fr: 1 }], gap) as [Rect, Rect])
    : [area, area];
  const text = heading(frame, rest, {
    kicker: content.kicker,
    // Fitted to the heading's room (see `fittedSizes`).
    title: { text: content.title, ...TITLE, ...fittedFontSizes(frame, '7xl', '2xl') },
    color: colors.onSurface,
    gap: space(frame, 2),
  });
  if (!withPictogram) return { text, pictogram: undefined };
  return {
    text,
    pictogram: {
      box: rect(pictoRow.x, pictoRow.y, picto, picto),
      axis: content.axis,
      color: colors.onSurface,
    },
  };
}

/**
 * The offer's text, its highlights (each after a square in the axis colour) and its link. Without
 * its text (a photo-led square, whose post carries it), the highlights start at the top.
 */
function body(
  frame: Frame,
  content: OffreThematiqueContent,
  area: Rect,
  withText: boolean,
): { text: Painted; panels: Panel[] } {
  const c = frame.theme.color;
  const gap = space(frame, 3);
  const highlights = content.highlights ?? [];
  const itemH = linesHeight(frame, 'subtitle', 'lg', 1);
  const linkH = content.link ? linesHeight(frame, 'subtitle', 'lg', 1) : 0;
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
  const textTrack = withText ? [heights.head + gap - itemGap] : [];
  const boxes = rows(area, [...textTrack, ...itemHeights, ...(linkH ? [linkH] : [])], itemGap);
  const text: Painted = withText
    ? [
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
      ]
    : [];
  const first = textTrack.length;
  const panels: Panel[] = [];
  const bullet = Math.round(itemH * 0.3);
  highlights.forEach((item, i) => {
    const row = boxes[first + i] as Rect;
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

/** The axis panel behind `head` with the pictogram, kicker and title; the body and the lockup. */
function parts(
  frame: Frame,
  content: OffreThematiqueContent,
  areas: { axis: Panel; head: Rect; body: Rect },
  foot: Pick<SceneParts, 'lockup' | 'qr'>,
  withPictogram = true,
  withText = true,
): SceneParts {
  const top = axisHead(frame, content, areas.head, withPictogram);
  const main = body(frame, content, areas.body, withText);
  return {
    background: frame.theme.color.surface.default,
    panels: [areas.axis, ...main.panels],
    text: [...top.text, ...main.text],
    ...(top.pictogram ? { pictogram: top.pictogram } : {}),
    ...foot,
  };
}

/** The title's size a photo-led offer keeps room for, on the lines its text needs at it. */
const PHOTO_LED_TITLE: FontSizeStep = '5xl';
/** The most of the room below the photo the heading takes. */
const HEAD_SHARE = 0.36;

/** Lines `text` takes at `step` in `width`: words break lines, so a tenth more than its length. */
function linesAt(
  frame: Frame,
  text: string,
  step: FontSizeStep,
  face: 'display' | 'body',
  width: number,
): number {
  const px = stepPx(frame, step);
  return Math.max(1, Math.ceil((textAdvance(text, px, face) * 1.1) / width));
}

/** Heights the heading and the body need at their ideal sizes, in a column `width` px wide. */
function needs(
  frame: Frame,
  content: OffreThematiqueContent,
  width: number,
  withText: boolean,
): { head: number; body: number } {
  const head =
    (content.kicker ? linesHeight(frame, 'label', 'xl', 1) + space(frame, 2) : 0) +
    linesHeight(
      frame,
      TITLE.role,
      PHOTO_LED_TITLE,
      Math.min(3, linesAt(frame, content.title, PHOTO_LED_TITLE, 'display', width)),
    );
  const items = (content.highlights?.length ?? 0) + (content.link ? 1 : 0);
  const text = withText
    ? linesHeight(frame, 'body', 'lg', linesAt(frame, content.text, 'lg', 'body', width)) + space(frame, 3)
    : 0;
  const body = text + items * (linesHeight(frame, 'subtitle', 'lg', 1) + space(frame, 1));
  return { head, body };
}

/** Whether the offer has highlights or a link: a body without its text still says something. */
function hasItems(content: OffreThematiqueContent): boolean {
  return (content.highlights?.length ?? 0) > 0 || content.link !== undefined;
}

/** Bounds of where the photo ends: its least share of the safe height, its most of the canvas. */
const PHOTO_BOTTOM = { least: { tall: 0.24, other: 0.14 }, most: 0.45 } as const;

/**
 * Photo-led, stacked: the photo to the edges on top, as far down as the heading and the body
 * leave room (within bounds); the axis pictogram on a tab rising into it, the axis field with the
 * kicker and title below, then the body and the lockup.
 */
function stackedPhoto(
  frame: Frame,
  content: OffreThematiqueContent,
  names: LockupNames,
  image: NonNullable<OffreThematiqueContent['image']>,
): SceneParts {
  const { safe, canvas } = frame;
  const gap = space(frame, 6);
  const tall = frame.composition === 'story' || frame.composition === 'poster';
  // The square gives the photo the room of the offer's text, which its post carries, when
  // highlights or a link are there to say the offer below the heading.
  const withText = frame.composition !== 'square' || !hasItems(content);
  const foot = lockupFoot(frame, names, safe, gap, content.link);
  const need = needs(frame, content, safe.width, withText);
  // Below the photo: a gap, the heading, two gaps, the body, then the foot.
  const fits = foot.above.y + foot.above.height - need.body - need.head - 3 * gap;
  const least = Math.round(
    safe.y + safe.height * (tall ? PHOTO_BOTTOM.least.tall : PHOTO_BOTTOM.least.other),
  );
  const most = Math.round(canvas.height * PHOTO_BOTTOM.most);
  const below = (photoBottom: number) =>
    rect(safe.x, photoBottom + gap, safe.width, foot.above.y + foot.above.height - photoBottom - gap);
  const estimated = Math.max(least, Math.min(fits, most));
  // The heading takes what it needs, up to its colour-led share; the body the rest.
  const headH = Math.min(need.head, Math.round(below(estimated).height * HEAD_SHARE));
  // Without its text the body's height is known: what it leaves goes to the photo, not below it.
  const slack = withText ? 0 : below(estimated).height - headH - 2 * gap - need.body;
  const photoBottom = Math.max(estimated, Math.min(estimated + slack, most));
  const area = below(photoBottom);
  const [head, body] = rows(area, [headH, { fr: 1 }], 2 * gap) as [Rect, Rect];
  const colors = axisColors(frame.theme, content.axis);
  const axis = topBand(frame, head, gap, colors.surface);
  const tab = pictogramTab(frame, photoBottom, content.axis, colors);
  const scene = parts(frame, content, { axis, head, body }, foot.parts, false, withText);
  return belowPhoto(frame, scene, photoBottom, image.focalPoint, tab);
}

/** Photo-led, wide: the photo down the left column to the edges, the axis field on its lower 70 % (room enough for the headline to stay 1.6 × the body). */
function sideBySidePhoto(
  frame: Frame,
  content: OffreThematiqueContent,
  names: LockupNames,
  image: NonNullable<OffreThematiqueContent['image']>,
): SceneParts {
  const { canvas } = frame;
  const colour = sideBySide(frame, content, names);
  const gap = space(frame, 6);
  const band = colour.panels[0] as Panel;
  const column = rect(frame.safe.x, frame.safe.y, band.width - frame.safe.x - gap, frame.safe.height);
  const [, head] = rows(column, [{ fr: 0.3 }, { fr: 0.7 }], gap) as [Rect, Rect];
  const top = axisHead(frame, content, head);
  const axis: Panel = {
    ...rect(0, head.y - gap, band.width, canvas.height - head.y + gap),
    color: band.color,
    ...(band.wave ? { wave: band.wave } : {}),
  };
  const photo = rect(0, 0, band.width, head.y - gap);
  const headFields = new Set(top.text.map((t) => t.box.field));
  return {
    ...colour,
    background: undefined,
    panels: [...paperBesidePhoto(frame, photo), axis, ...colour.panels.slice(1)],
    text: [...top.text, ...colour.text.filter((t) => !headFields.has(t.box.field))],
    pictogram: top.pictogram,
    image: { box: photo, focalPoint: image.focalPoint },
  };
}

function stacked(frame: Frame, content: OffreThematiqueContent, names: LockupNames): SceneParts {
  const gap = space(frame, 6);
  const share = frame.composition === 'square' ? 0.42 : 0.45;
  const [head, rest] = rows(frame.safe, [{ fr: share }, { fr: 1 - share }], 2 * gap) as [Rect, Rect];
  const foot = lockupFoot(frame, names, rest, gap, content.link);
  const axis = topBand(frame, head, gap, axisColors(frame.theme, content.axis).surface);
  return parts(frame, content, { axis, head, body: foot.above }, foot.parts);
}

function sideBySide(frame: Frame, content: OffreThematiqueContent, names: LockupNames): SceneParts {
  const gap = space(frame, 6);
  const [left, right] = columns(frame.safe, [{ fr: 0.46 }, { fr: 0.54 }], 3 * gap) as [Rect, Rect];
  const lockupH = lockupBandHeight({ ...frame, safe: right }, names, 'horizontal', 0.44);
  const [lockupArea, bodyArea] = takeBottom(right, lockupH, gap);
  const axis = leftBand(frame, left, 3 * gap, axisColors(frame.theme, content.axis).surface);
  return parts(
    frame,
    content,
    { axis, head: left, body: bodyArea },
    { lockup: colourLockup(frame, names, lockupArea) },
  );
}

/**
 * Photo-led when the content has a photo (or the campaign forces it), colour-led otherwise. The
 * photo-led square leaves the offer's text to its post: the photo, the heading, the highlights and
 * the link fill it; a campaign that wants the text on the square forces the colour-led composition.
 */
export function offreThematiqueScene(
  frame: Frame,
  content: OffreThematiqueContent,
  names: LockupNames,
): SceneParts {
  const landscape = frame.composition === 'landscape';
  if (leadOf(content) === 'photo' && content.image) {
    return landscape
      ? sideBySidePhoto(frame, content, names, content.image)
      : stackedPhoto(frame, content, names, content.image);
  }
  return landscape ? sideBySide(frame, content, names) : stacked(frame, content, names);
}
