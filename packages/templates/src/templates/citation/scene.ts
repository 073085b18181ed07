import { fittedFontSizes } from '../../layout/fitted-sizes.js';
import {
  estimatedLines,
  type Frame,
  linesHeight,
  shiftStep,
  smallerStep,
  space,
  stepPx,
  stepRange,
  type TextBoxSizes,
  textBox,
} from '../../layout/frame.js';
import { columns, rect, rows, takeBottom } from '../../layout/geometry.js';
import type { LockupNames } from '../../lockup/geometry.js';
import { lockupBandHeight, placeLockup } from '../../lockup/place.js';
import { deviceTokens } from '../../scene/device.js';
import { leadOf } from '../../scene/lead.js';
import type { Ornament, Painted, SceneParts } from '../../scene/scene.js';
import { closedByGuillemet } from '../../text/french.js';
import { type AxisId, type FontSizeStep, themeNumber } from '../../theme.js';
import type { Rect } from '../../types.js';
import { attributionText } from './alt.js';
import type { CitationContent } from './schema.js';

/**
 * The quote's sizes: fitted to its room between steps of the type scale on wide and square formats,
 * whose long lines take a size between two steps well. In the narrow columns of stories, portraits
 * and posters the sample quote then left « porteurs » alone on a line (the balancing keeps the line
 * count, not the rag): there the quote stays on the scale's steps.
 */
function quoteSizes(frame: Frame): TextBoxSizes {
  const wide = frame.composition === 'landscape' || frame.composition === 'square';
  return wide ? fittedFontSizes(frame, QUOTE_LARGEST, 'xl') : { largest: QUOTE_LARGEST, smallest: 'xl' };
}

const QUOTE_LARGEST = '6xl';
const QUOTE_MAX_LINES = 12;

/**
 * The quote under its drawn guillemet, as large as its room allows, in a medium weight. The drawn
 * mark opens the quote: the text closes it.
 */
function quoteBox(frame: Frame, content: CitationContent, area: Rect, settle: boolean): Painted {
  return [
    {
      box: textBox(frame, {
        field: 'quote',
        text: closedByGuillemet(content.quote),
        role: 'headline',
        box: area,
        ...quoteSizes(frame),
        maxLines: QUOTE_MAX_LINES,
        fontWeight: frame.theme.font.weight.medium,
        // Stacked, the quote sits on its attribution; the mark follows it (`settleScene`).
        verticalAlign: settle ? 'end' : 'start',
      }),
      color: frame.theme.color.text.onBrand,
    },
  ];
}

/**
 * The context is a caption under the attribution, like an editorial pull-quote's credit: set
 * small, so the quote stays at least 1.6 × the body text even when the quote is long.
 */
const CONTEXT_STEP = 'sm';

/** Lines the quote takes at `step` in a column `width` px wide, estimated with its face's advances. */
function quoteLines(frame: Frame, content: CitationContent, step: FontSizeStep, width: number): number {
  return estimatedLines(closedByGuillemet(content.quote), stepPx(frame, step), 'displayMedium', width);
}

/**
 * The step the quote will at least take in `area`, estimated before the engine fits it (the
 * estimate errs on the small side): the attribution is sized from it.
 */
function quoteStep(frame: Frame, content: CitationContent, area: Rect): FontSizeStep {
  for (const step of stepRange(QUOTE_LARGEST, 'xl')) {
    const lines = quoteLines(frame, content, step, area.width);
    if (lines <= QUOTE_MAX_LINES && linesHeight(frame, 'headline', step, lines) <= area.height) return step;
  }
  return 'xl';
}

/**
 * The attribution's largest step: two below the quote's (about two thirds of its size), so that a
 * long quote set small on a wide format is not matched by its author's name; within 3xl and md.
 */
function attributionLargest(quote: FontSizeStep): FontSizeStep {
  return shiftStep(quote, -2, 'md', '3xl');
}

/** Who said it, and the context below, the attribution at most `largest`. */
function signature(frame: Frame, content: CitationContent, area: Rect, largest: FontSizeStep): Painted {
  const c = frame.theme.color;
  const contextH = content.context ? linesHeight(frame, 'body', CONTEXT_STEP, 1) : 0;
  const [who, context] = rows(
    area,
    contextH > 0 ? [{ fr: 1 }, contextH] : [{ fr: 1 }],
    space(frame, 1),
  ) as Rect[];
  const out: Painted = [
    {
      box: textBox(frame, {
        field: content.anonymous ? 'attribution.role' : 'attribution.name',
        text: `—\u00a0${attributionText(content)}`,
        role: 'subtitle',
        box: who as Rect,
        largest,
        smallest: 'md',
        maxLines: 2,
        verticalAlign: 'end',
      }),
      color: c.text.onBrand,
    },
  ];
  if (context && content.context) {
    out.push({
      box: textBox(frame, {
        field: 'context',
        text: content.context,
        role: 'body',
        box: context,
        largest: CONTEXT_STEP,
        smallest: 'xs',
        maxLines: 1,
      }),
      color: c.text.onBrand,
    });
  }
  return out;
}

/** The attribution's step the signature's room is planned for (two lines), or a smaller one. */
const SIGNATURE_STEP: FontSizeStep = 'xl';

/** Room of the attribution (two lines at `attribution`, at most `SIGNATURE_STEP`) and its context. */
function signatureHeight(frame: Frame, content: CitationContent, attribution = SIGNATURE_STEP): number {
  return (
    linesHeight(frame, 'subtitle', smallerStep(attribution, SIGNATURE_STEP), 2) +
    (content.context ? linesHeight(frame, 'body', CONTEXT_STEP, 1) + space(frame, 1) : 0)
  );
}

/** Height of the drawn guillemet (`brand.quote.markScale` × the subtitle size). */
function markHeight(frame: Frame): number {
  const lines = themeNumber(frame.theme, 'brand.quote.markScale') ?? 2;
  return Math.round(lines * frame.theme.font.size.xl * frame.scale);
}

/** The drawn « opening the quote, in the partner's ripple colour (the accent when none). */
function quoteMark(frame: Frame, at: { x: number; y: number }, above?: Ornament['above']): Ornament {
  const height = markHeight(frame);
  const width = Math.round(height * 1.15);
  const color = deviceTokens(frame.theme)?.ripple ?? frame.theme.color.accent.subtle;
  const stroke = Math.round(height * 0.15);
  const chevron = (left: number) =>
    `M${left + width * 0.4} ${height * 0.12}L${left + width * 0.08} ${height * 0.5}L${left + width * 0.4} ${height * 0.88}`;
  const d = [chevron(stroke / 2), chevron(stroke / 2 + width * 0.46)].join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><path d="${d}" fill="none" stroke="${color}" stroke-width="${stroke}" stroke-linejoin="miter"/></svg>`;
  return { box: rect(at.x, at.y, width, height), svg, ...(above ? { above } : {}) };
}

/**
 * The axis pictogram at the right end of the guillemet's `row`, as tall as the mark, in the brand
 * field's text colour; it follows the mark down onto the quote. None without an axis.
 */
function axisBesideMark(
  frame: Frame,
  axis: AxisId | undefined,
  row: Rect,
  gap: number,
): Pick<SceneParts, 'pictogram'> {
  if (!axis) return {};
  const side = markHeight(frame);
  return {
    pictogram: {
      box: rect(row.x + row.width - side, row.y, side, side),
      axis,
      color: frame.theme.color.text.onBrand,
      above: { field: 'quote', gap },
    },
  };
}

/** The lockup's wordmark share of the safe width in the stacked layout. */
const STACKED_WORDMARK = 0.44;

/**
 * Height the stacked layout needs in a column as wide as the safe area with the quote at `step`:
 * the mark, the quote on the lines it takes at that step, the attribution and the lockup, with
 * their gaps.
 */
function stackedNeed(frame: Frame, content: CitationContent, names: LockupNames, step: FontSizeStep): number {
  const gap = space(frame, 6);
  const lines = quoteLines(frame, content, step, frame.safe.width);
  return (
    markHeight(frame) +
    space(frame, 3) +
    linesHeight(frame, 'headline', step, lines) +
    gap +
    signatureHeight(frame, content, attributionLargest(step)) +
    gap +
    lockupBandHeight(frame, names, 'horizontal', STACKED_WORDMARK)
  );
}

/**
 * Where the stacked layout starts when a photo lies above it: as high as `highest` allows, as low
 * as the quote's step leaves room for. The quote stays on the scale's steps there, so the room
 * between its step and the next one up went above the mark, empty: it goes to the photo instead.
 */
function stackTop(frame: Frame, content: CitationContent, names: LockupNames, highest: number): number {
  const bottom = frame.safe.y + frame.safe.height;
  for (const step of stepRange(QUOTE_LARGEST, 'xl')) {
    const top = bottom - stackedNeed(frame, content, names, step);
    if (top >= highest) return top;
  }
  return highest;
}

function stacked(frame: Frame, content: CitationContent, names: LockupNames): SceneParts {
  const { theme, safe } = frame;
  const gap = space(frame, 6);
  const lockupH = lockupBandHeight(frame, names, 'horizontal', STACKED_WORDMARK);
  const [lockupArea, above] = takeBottom(safe, lockupH, gap);
  const markGap = space(frame, 3);
  const split = (attribution: FontSizeStep) => {
    const [signatureArea, quoteArea] = takeBottom(above, signatureHeight(frame, content, attribution), gap);
    const [markArea, quoteText] = rows(quoteArea, [markHeight(frame), { fr: 1 }], markGap) as [Rect, Rect];
    return { signatureArea, markArea, quoteText };
  };
  // The attribution is sized from the quote's step, and its room from its size: a smaller
  // attribution gives the quote its lines back instead of a gap above its author.
  const largest = attributionLargest(quoteStep(frame, content, split(SIGNATURE_STEP).quoteText));
  const { signatureArea, markArea, quoteText } = split(largest);
  return {
    background: theme.color.surface.brand,
    panels: [],
    ornaments: [quoteMark(frame, markArea, { field: 'quote', gap: markGap })],
    ...axisBesideMark(frame, content.axis, markArea, markGap),
    text: [
      ...quoteBox(frame, content, quoteText, true),
      ...signature(frame, content, signatureArea, largest),
    ],
    lockup: placeLockup(frame, names, lockupArea, {
      orientation: 'horizontal',
      variant: 'reversed',
      verticalAlign: 'end',
    }),
  };
}

function sideBySide(frame: Frame, content: CitationContent, names: LockupNames): SceneParts {
  const { theme, safe } = frame;
  const gap = space(frame, 6);
  const markGap = space(frame, 3);
  // The mark tops the quote on the margin, and both sit on the attribution, as in the stacked
  // layout: the room a short quote leaves goes above them, not between the quote and its author.
  const mark = quoteMark(frame, safe, { field: 'quote', gap: markGap });
  const [markRow, body] = rows(safe, [mark.box.height, { fr: 1 }], markGap) as [Rect, Rect];
  const bottomH = Math.max(
    signatureHeight(frame, content),
    // The lockup takes 1 fr of the 2.2 fr bottom row.
    lockupBandHeight(frame, names, 'horizontal', 0.26, Math.floor((body.width - 2 * gap) / 2.2)),
  );
  const [bottom, quoteArea] = takeBottom(body, bottomH, gap);
  const [signatureArea, lockupArea] = columns(bottom, [{ fr: 1.2 }, { fr: 1 }], 2 * gap) as [Rect, Rect];
  return {
    background: theme.color.surface.brand,
    panels: [],
    ornaments: [mark],
    ...axisBesideMark(frame, content.axis, markRow, markGap),
    text: [
      ...quoteBox(frame, content, quoteArea, true),
      ...signature(frame, content, signatureArea, attributionLargest(quoteStep(frame, content, quoteArea))),
    ],
    lockup: placeLockup(frame, names, lockupArea, {
      orientation: 'horizontal',
      variant: 'reversed',
      align: 'end',
      verticalAlign: 'end',
    }),
  };
}

type QuoteImage = NonNullable<CitationContent['image']>;

/**
 * How far down the canvas the photo reaches at least on stacked formats; its share of the width on
 * wide ones.
 */
const PHOTO_SHARE = { story: 0.25, portrait: 0.18, poster: 0.26, landscape: 0.36 } as const;
/** The furthest down the canvas the photo reaches on stacked formats. */
const PHOTO_MOST = 0.45;

/**
 * Photo-led: the photo to the edges across the top (the story's top safe zone included, which
 * carries no text) or down the right side of wide formats; on the brand field beside it the quote,
 * its attribution and the lockup, stacked as on the stacked formats (a wide field is too narrow for
 * the attribution and the lockup side by side). On stacked formats the photo reaches as far down
 * as the quote at its largest size leaves room: a short quote gives the photo its room instead of
 * leaving a gap above the mark.
 */
function withPhoto(
  frame: Frame,
  content: CitationContent,
  names: LockupNames,
  image: QuoteImage,
): SceneParts {
  const { safe, canvas, theme } = frame;
  const gap = space(frame, 6);
  const wide = frame.composition === 'landscape';
  const share = frame.composition === 'square' ? PHOTO_SHARE.portrait : PHOTO_SHARE[frame.composition];
  // Below the photo: two gaps, then the stacked quote down to the foot of the safe area.
  const least = Math.round(canvas.height * share);
  const fits = stackTop(frame, content, names, least + 2 * gap) - 2 * gap;
  const photoBottom = Math.max(least, Math.min(fits, Math.round(canvas.height * PHOTO_MOST)));
  const field = wide
    ? rect(0, 0, Math.round(canvas.width * (1 - share)), canvas.height)
    : rect(0, photoBottom, canvas.width, canvas.height - photoBottom);
  const photo = wide
    ? rect(field.width, 0, canvas.width - field.width, canvas.height)
    : rect(0, 0, canvas.width, field.y);
  const room = wide
    ? rect(safe.x, safe.y, field.width - safe.x - 2 * gap, safe.height)
    : rect(safe.x, field.y + 2 * gap, safe.width, safe.y + safe.height - field.y - 2 * gap);
  const colour = stacked({ ...frame, safe: room }, content, names);
  return {
    ...colour,
    background: undefined,
    panels: [{ ...field, color: theme.color.surface.brand }, ...colour.panels],
    image: { box: photo, focalPoint: image.focalPoint },
  };
}

/**
 * Photo-led when the content has a photo (or the campaign forces it), colour-led otherwise; the
 * square keeps the colour-led composition unless forced (its quote would lose its room).
 */
export function citationScene(frame: Frame, content: CitationContent, names: LockupNames): SceneParts {
  const image = leadOf(content, frame.composition !== 'square') === 'photo' ? content.image : undefined;
  if (image) return withPhoto(frame, content, names, image);
  return frame.composition === 'landscape'
    ? sideBySide(frame, content, names)
    : stacked(frame, content, names);
}
