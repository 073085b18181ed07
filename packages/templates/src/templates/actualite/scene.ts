import { fittedFontSizes } from '../../layout/fitted-sizes.js';
import { type Frame, linesHeight, space, textBox } from '../../layout/frame.js';
import { columns, rect, rows, takeBottom } from '../../layout/geometry.js';
import { stackHeights } from '../../layout/stack.js';
import type { LockupNames } from '../../lockup/geometry.js';
import { lockupBandHeight } from '../../lockup/place.js';
import { heading, kickerText } from '../../scene/heading.js';
import { leadOf } from '../../scene/lead.js';
import {
  axisMark,
  colourLockup,
  lockupFoot,
  pictogramRibbon,
  pictogramTab,
  topBand,
} from '../../scene/parts.js';
import type { Painted, PaintedText, SceneParts } from '../../scene/scene.js';
import { NBSP } from '../../text/french.js';
import { axisColors } from '../../theme.js';
import type { Rect } from '../../types.js';
import type { ActualiteContent } from './schema.js';

/** The label before the short URL. */
const MORE = `En savoir plus${NBSP}:`;

/** Kicker, headline, text and link in one column, sized from the top. */
function column(frame: Frame, content: ActualiteContent, area: Rect, withLink: boolean): Painted {
  const c = frame.theme.color;
  const gap = space(frame, frame.composition === 'square' ? 3 : 4);
  const kickerH = content.kicker ? linesHeight(frame, 'label', 'lg', 1) : 0;
  const linkH = withLink && content.link ? linesHeight(frame, 'subtitle', 'lg', 1) : 0;
  const textIdeal = linesHeight(frame, 'body', 'lg', 3);
  const textMin = linesHeight(frame, 'body', 'xs', 2);
  const heights = stackHeights(
    area.height,
    [
      { ideal: kickerH, min: kickerH },
      { ideal: textIdeal, min: textMin },
      { ideal: linkH, min: linkH },
    ],
    gap,
    gap,
    0.3,
  );
  const [, textH, linkBoxH] = heights.items as [number, number, number];
  const headlineH = heights.head;
  const tracks = [...(kickerH ? [kickerH] : []), headlineH, textH, ...(linkBoxH ? [linkBoxH] : [])];
  const boxes = rows(area, tracks, gap);
  let i = 0;
  const next = () => boxes[i++] as Rect;
  const out: Painted = [];
  if (content.kicker) {
    const sizes = { largest: 'lg', smallest: 'xs' } as const;
    // In the partner's accent: on white paper it is the colour that tells one partner's news from another's.
    out.push(kickerText(frame, content.kicker, next(), c.accent.strong, { field: 'headline', gap }, sizes));
  }
  out.push({
    box: textBox(frame, {
      field: 'headline',
      text: content.headline,
      role: 'headline',
      box: next(),
      ...fittedFontSizes(frame, '6xl', 'xl'),
      maxLines: 4,
      verticalAlign: 'end',
    }),
    color: c.text.default,
  });
  out.push(bodyText(frame, content, next()));
  if (linkBoxH > 0 && content.link) out.push(moreLink(frame, content.link.shortUrl, next()));
  return out;
}

/** The news text in `box`. */
function bodyText(frame: Frame, content: ActualiteContent, box: Rect): PaintedText {
  return {
    box: textBox(frame, {
      field: 'text',
      text: content.text,
      role: 'body',
      box,
      largest: 'xl',
      smallest: 'xs',
      maxLines: 6,
    }),
    color: frame.theme.color.text.default,
  };
}

/** « En savoir plus : » and the short URL, set at the foot of `box`. */
function moreLink(frame: Frame, shortUrl: string, box: Rect): PaintedText {
  return {
    box: textBox(frame, {
      field: 'link.shortUrl',
      text: `${MORE} ${shortUrl}`,
      role: 'subtitle',
      box,
      largest: 'lg',
      smallest: 'xs',
      maxLines: 2,
      verticalAlign: 'end',
    }),
    color: frame.theme.color.text.link,
  };
}

/** The text from the top of `area` and the link at its foot. */
function textAndLink(frame: Frame, content: ActualiteContent, area: Rect): Painted {
  const linkH = content.link ? linesHeight(frame, 'subtitle', 'lg', 1) : 0;
  const [textArea, linkArea] = rows(
    area,
    linkH ? [{ fr: 1 }, linkH] : [{ fr: 1 }],
    space(frame, 4),
  ) as Rect[];
  const out: Painted = [bodyText(frame, content, textArea as Rect)];
  if (linkArea && content.link) out.push(moreLink(frame, content.link.shortUrl, linkArea));
  return out;
}

function image(content: ActualiteContent, box: Rect): SceneParts['image'] {
  return { box, focalPoint: content.image.focalPoint };
}

/**
 * Square, portrait, story, poster: the photo on top (to the edges), the text below on paper, and the
 * axis pictogram on a tab of the axis colour rising into the photo at the left margin.
 */
function stacked(frame: Frame, content: ActualiteContent, names: LockupNames): SceneParts {
  const { theme, safe, canvas, composition } = frame;
  const gap = space(frame, 6);
  const share = composition === 'square' ? 0.34 : 0.42;
  const photoBottom = Math.round(safe.y + safe.height * share);
  const textArea = rect(safe.x, photoBottom + gap, safe.width, safe.y + safe.height - photoBottom - gap);
  const foot = lockupFoot(frame, names, textArea, gap, content.link);
  const tab = content.axis
    ? pictogramTab(frame, photoBottom, content.axis, axisColors(theme, content.axis))
    : undefined;
  return {
    background: undefined,
    panels: [
      {
        ...rect(0, photoBottom, canvas.width, canvas.height - photoBottom),
        color: theme.color.surface.default,
      },
      ...(tab ? [tab.panel] : []),
    ],
    ...(tab ? { pictogram: tab.pictogram } : {}),
    text: column(frame, content, foot.above, true),
    image: image(content, rect(0, 0, canvas.width, photoBottom)),
    ...foot.parts,
  };
}

/**
 * Colour-led (forced by the campaign), stacked: kicker and headline on the brand field, which ends
 * on the device's wave; text and link below. The photo is left out.
 */
function stackedColour(frame: Frame, content: ActualiteContent, names: LockupNames): SceneParts {
  const { theme, safe } = frame;
  const c = theme.color;
  const gap = space(frame, 6);
  const foot = lockupFoot(frame, names, safe, gap, content.link);
  const [head, body] = rows(foot.above, [{ fr: 0.5 }, { fr: 0.5 }], 2 * gap) as [Rect, Rect];
  const mark = axisMark(frame, content.axis, head);
  const headline = heading(frame, mark.head, {
    kicker: content.kicker,
    title: { text: content.headline, role: 'headline', largest: '6xl', smallest: 'xl', maxLines: 4 },
    color: c.text.onBrand,
    gap: space(frame, 3),
  }).map((t) => ({
    ...t,
    box: t.box.field === 'title' ? { ...t.box, field: 'headline' } : t.box,
    ...(t.above ? { above: { ...t.above, field: 'headline' } } : {}),
  }));
  const rest = textAndLink(frame, content, body);
  return {
    background: c.surface.default,
    panels: [topBand(frame, head, gap, c.surface.brand)],
    ...(mark.pictogram ? { pictogram: mark.pictogram } : {}),
    text: [...headline, ...rest],
    ...foot.parts,
  };
}

/**
 * Landscape: the text on the left, the photo filling the right half to the edges, and the axis
 * pictogram on a ribbon of the axis colour hanging into the photo.
 */
function sideBySide(frame: Frame, content: ActualiteContent, names: LockupNames): SceneParts {
  const { theme, safe, canvas, format } = frame;
  const gap = space(frame, 6);
  const [left, right] = columns(safe, [{ fr: 1 }, { fr: 0.9 }], 2 * gap) as [Rect, Rect];
  const photoLeft = right.x;
  const lockupH = lockupBandHeight({ ...frame, safe: left }, names, 'horizontal', 0.48);
  const [lockupArea, body] = takeBottom(left, lockupH, gap);
  const ribbon = content.axis
    ? pictogramRibbon(frame, photoLeft, content.axis, axisColors(theme, content.axis))
    : undefined;
  return {
    background: undefined,
    panels: [
      { ...rect(0, 0, photoLeft, canvas.height), color: theme.color.surface.default },
      ...(ribbon ? [ribbon.panel] : []),
    ],
    ...(ribbon ? { pictogram: ribbon.pictogram } : {}),
    text: column(frame, content, body, format.width >= 1600),
    lockup: colourLockup(frame, names, lockupArea),
    image: image(content, rect(photoLeft, 0, canvas.width - photoLeft, canvas.height)),
  };
}

/** Photo-led (the photo is required), unless the campaign forces a colour-led composition. */
export function actualiteScene(frame: Frame, content: ActualiteContent, names: LockupNames): SceneParts {
  if (frame.composition === 'landscape') return sideBySide(frame, content, names);
  return leadOf(content) === 'colour' ? stackedColour(frame, content, names) : stacked(frame, content, names);
}
