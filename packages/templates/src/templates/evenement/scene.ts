import {
  estimatedLines,
  type Frame,
  linesHeight,
  space,
  stepPx,
  stepRange,
  textBox,
} from '../../layout/frame.js';
import { columns, inset, rect, rows, takeBottom } from '../../layout/geometry.js';
import { type StackItem, stackHeights } from '../../layout/stack.js';
import { exactAdvance, textAdvance } from '../../lockup/advances.js';
import type { LockupNames } from '../../lockup/geometry.js';
import { lockupBandHeight, placeLockup } from '../../lockup/place.js';
import { risenWaterFoot } from '../../scene/device.js';
import { heading } from '../../scene/heading.js';
import { leadOf, noRoomForPhoto } from '../../scene/lead.js';
import {
  axisMark,
  axisMarkHeight,
  axisTab,
  belowPhoto,
  colourLockup,
  leftBand,
  paperBesidePhoto,
  pictogramTabHeight,
  qrCode,
  topBand,
} from '../../scene/parts.js';
import type { CentredGroup, Painted, Panel, SceneParts } from '../../scene/scene.js';
import { formatDate, formatTimeRange, NBSP } from '../../text/french.js';
import { drawnSpacing } from '../../text/runs.js';
import type { FontSizeStep } from '../../theme.js';
import type { Rect } from '../../types.js';
import type { EvenementContent } from './schema.js';

function whenText(content: EvenementContent): string {
  const time = formatTimeRange(content.startTime, content.endTime);
  return time ? `${formatDate(content.date)} · ${time}` : formatDate(content.date);
}

function whereText(content: EvenementContent): string {
  return content.address ? `${content.place}, ${content.address}` : content.place;
}

const TITLE = { role: 'display', largest: '7xl', smallest: '2xl', maxLines: 5 } as const;
/** The least share of the safe height the stacked heading gets. */
const HEAD_SHARE = { square: 0.38, stacked: 0.45 } as const;

/** Kicker and title on the brand panel, the title set low against the details. */
function headline(frame: Frame, content: EvenementContent, area: Rect): Painted {
  return heading(frame, area, {
    kicker: content.kicker,
    title: { text: content.title, ...TITLE },
    color: frame.theme.color.text.onBrand,
    gap: space(frame, 4),
  });
}

/** The date is the key information: the place never sets larger (its largest step is the date's smallest). */
const DATE = { role: 'subtitle', largest: '3xl', smallest: 'lg' } as const;
const PLACE = { role: 'body', largest: 'lg', smallest: 'sm' } as const;
const SUMMARY = { role: 'body', largest: 'xl', smallest: 'sm' } as const;
/** The date's size when there is room: its largest, the key information. */
const DATE_IDEAL: FontSizeStep = '3xl';

/** Lines a detail takes at `step` in a column `width` px wide: one when it fits, else two. */
function detailLines(frame: Frame, text: string, step: FontSizeStep, width: number): number {
  return textAdvance(text, stepPx(frame, step), 'body') <= width ? 1 : 2;
}

/** The largest step from `largest` down to `smallest` at which a detail holds on one line. */
function oneLineStep(
  frame: Frame,
  text: string,
  width: number,
  largest: FontSizeStep,
  smallest: FontSizeStep,
) {
  return stepRange(largest, smallest).find((step) => detailLines(frame, text, step, width) === 1);
}

/**
 * The date's ideal size and lines: on one line at the largest step where it fits one (the fitting
 * prefers one line at a smaller step to two at a larger one, and a box sized for two lines would
 * leave one empty), else on two lines at its largest.
 */
function dateIdeal(frame: Frame, text: string, width: number): { step: FontSizeStep; lines: number } {
  const oneLine = oneLineStep(frame, text, width, DATE_IDEAL, DATE.smallest);
  return oneLine ? { step: oneLine, lines: 1 } : { step: DATE_IDEAL, lines: 2 };
}

/**
 * The place's least height: its lines at the smallest step, or one line at a larger step when
 * that is lower. Squeezed into a box for two small lines, it would be set on one larger line
 * (the fitting takes the largest step that holds) and leave the box's second line empty.
 */
function placeMin(frame: Frame, text: string, width: number, lines: number): number {
  const twoSmall = linesHeight(frame, PLACE.role, PLACE.smallest, lines);
  const oneLine = oneLineStep(frame, text, width, PLACE.largest, PLACE.smallest);
  return oneLine ? Math.min(twoSmall, linesHeight(frame, PLACE.role, oneLine, 1)) : twoSmall;
}

/**
 * Ideal and smallest heights of the details in a column `width` px wide: the date and the place
 * take the lines their text needs, so the room they leave goes to the title, not to gaps.
 */
function detailHeights(
  frame: Frame,
  content: EvenementContent,
  width: number,
  withSummary: boolean,
  summaryLines = 4,
) {
  const date = dateIdeal(frame, whenText(content), width);
  const placeLines = detailLines(frame, whereText(content), PLACE.largest, width);
  // A few px over the lines' height: a box that fits its text to the pixel fails on rounding.
  const slack = space(frame, 1);
  return {
    date: {
      ideal: linesHeight(frame, DATE.role, date.step, date.lines) + slack,
      min: linesHeight(frame, DATE.role, DATE.smallest, date.lines) + slack,
    },
    place: {
      ideal: linesHeight(frame, PLACE.role, PLACE.largest, placeLines) + slack,
      min: placeMin(frame, whereText(content), width, placeLines) + slack,
    },
    summary: withSummary
      ? {
          ideal: linesHeight(frame, SUMMARY.role, 'lg', summaryLines),
          min: linesHeight(frame, SUMMARY.role, SUMMARY.smallest, 3),
        }
      : { ideal: 0, min: 0 },
  };
}

/** Date, place and summary boxes in the given areas (summary omitted when its area is empty). */
function details(
  frame: Frame,
  content: EvenementContent,
  areas: { date: Rect; place: Rect; summary?: Rect },
): Painted {
  const c = frame.theme.color;
  const out: Painted = [
    {
      box: textBox(frame, { field: 'date', text: whenText(content), ...DATE, box: areas.date, maxLines: 2 }),
      color: c.text.default,
    },
    {
      box: textBox(frame, {
        field: 'place',
        text: whereText(content),
        ...PLACE,
        box: areas.place,
        maxLines: 2,
        fontWeight: frame.theme.font.weight.semibold,
      }),
      color: c.text.muted,
    },
  ];
  if (areas.summary && areas.summary.height > 0 && content.summary) {
    out.push({
      box: textBox(frame, {
        field: 'summary',
        text: content.summary,
        ...SUMMARY,
        box: areas.summary,
        maxLines: 6,
      }),
      color: c.text.default,
    });
  }
  return out;
}

/** "Inscrivez-vous avant le jeudi 4 mars 2027 :" — the call, with its deadline when there is one. */
export function registrationCall(reg: NonNullable<EvenementContent['registration']>): string {
  const before = reg.deadline ? ` avant le ${formatDate(reg.deadline)}` : '';
  return `${reg.label}${before}${NBSP}:`;
}

/**
 * The call to register: on screen an accent band; in print (no button on paper) an accent rule
 * beside the call and the short URL set in the link colour. The call, then the short URL below it
 * (side by side, a long URL would be set far smaller than the call and read as an afterthought).
 */
function registration(
  frame: Frame,
  content: EvenementContent,
  band: Rect,
): { panel: Panel; text: Painted; group?: CentredGroup } {
  const c = frame.theme.color;
  const print = frame.format.kind === 'print';
  const rule = Math.round(frame.theme.border.width.thick * frame.scale * 2);
  const panel: Panel = print
    ? { ...rect(band.x, band.y, rule, band.height), color: c.surface.accent }
    : { ...band, color: c.surface.accent, radius: space(frame, 1) };
  const reg = content.registration;
  if (!reg) return { panel, text: [] };
  const inner = inset(
    band,
    print
      ? { left: rule + space(frame, 4) }
      : { top: space(frame, 3), bottom: space(frame, 3), left: space(frame, 5), right: space(frame, 5) },
  );
  const [labelBox, urlBox] = callBoxes(frame, reg, inner, band.width);
  return {
    panel,
    group: { fields: ['registration.label', 'registration.shortUrl'], within: inner },
    text: [
      {
        box: textBox(frame, {
          field: 'registration.label',
          text: registrationCall(reg),
          role: 'title',
          box: labelBox,
          largest: callStep(frame),
          smallest: 'sm',
          maxLines: reg.deadline ? 2 : 1,
          verticalAlign: 'end',
        }),
        color: print ? c.text.default : c.text.onAccent,
      },
      {
        box: textBox(frame, {
          field: 'registration.shortUrl',
          text: reg.shortUrl,
          role: 'subtitle',
          box: urlBox,
          largest: 'xl',
          smallest: 'xs',
          maxLines: 1,
          verticalAlign: 'start',
        }),
        color: print ? c.text.link : c.text.onAccent,
      },
    ],
  };
}

/**
 * The call's largest step. The square stacks the call's lines under the date in little height: one
 * step down there, so that a call with its deadline does not outweigh the date.
 */
function callStep(frame: Frame): FontSizeStep {
  return frame.composition === 'square' ? 'xl' : '2xl';
}

/**
 * Heights of the call and of the short URL below it, at their largest steps. A call with its
 * deadline may take two lines: as many as it needs inside the band's padding (`width` is the band's).
 * Its advance is read in the ExtraBold table, wider than the call's Bold, without the boxes' margin:
 * with it, a call that holds on one line was given two and drawn in a band one line too tall.
 * Should the estimate fall short, the call is set a step smaller on its one line.
 */
function callHeights(frame: Frame, reg: EvenementContent['registration'], width: number) {
  const inner = width - 2 * space(frame, 5);
  const step = callStep(frame);
  const fitsOnOne = reg ? exactAdvance(registrationCall(reg), stepPx(frame, step), 'display') <= inner : true;
  return {
    label: linesHeight(frame, 'title', step, reg?.deadline && !fitsOnOne ? 2 : 1),
    url: linesHeight(frame, 'subtitle', 'xl', 1),
  };
}

/**
 * The call's two boxes, each as tall as `ctaHeight` sized it and centred together in the
 * band (a band beside a QR code is taller than its text): a fraction of the band would leave the
 * call a box one line too short, set smaller and low in an empty band.
 */
function callBoxes(
  frame: Frame,
  reg: NonNullable<EvenementContent['registration']>,
  inner: Rect,
  bandWidth: number,
): [Rect, Rect] {
  const { label, url } = callHeights(frame, reg, bandWidth);
  const gap = space(frame, 1);
  const slack = Math.max(0, inner.height - label - url - gap);
  const [, labelBox, , urlBox] = rows(inner, [slack / 2, label, gap, url]) as Rect[];
  return [labelBox as Rect, urlBox as Rect];
}

function ctaHeight(frame: Frame, reg: EvenementContent['registration'], width: number): number {
  const { label, url } = callHeights(frame, reg, width);
  return label + space(frame, 1) + url + 2 * space(frame, 3);
}

/** The items under the stacked heading, top down: date, place, summary, call to register, lockup. */
function stackedItems(frame: Frame, content: EvenementContent, names: LockupNames, withSummary: boolean) {
  const { safe, composition } = frame;
  const reg = content.registration;
  // On the square, the call to register and its URL take two rows of a height the taller formats
  // have to spare: the blocks stack one step tighter there, so that the date keeps its size.
  const gap = space(frame, composition === 'square' && reg ? 4 : 5);
  const lockupH = lockupBandHeight(frame, names, 'horizontal', 0.44);
  const qrSide = composition === 'poster' && reg ? Math.round(safe.width * 0.24) : 0;
  const ctaWidth = qrSide > 0 ? safe.width - qrSide - gap : safe.width;
  const ctaH = reg ? Math.max(qrSide, ctaHeight(frame, reg, ctaWidth)) : 0;
  const d = detailHeights(frame, content, safe.width, withSummary && content.summary !== undefined);
  const items: StackItem[] = [
    d.date,
    d.place,
    d.summary,
    { ideal: ctaH, min: ctaH },
    { ideal: lockupH, min: lockupH },
  ];
  return { gap, reg, qrSide, ctaH, items };
}

/**
 * The title's smallest size on a story or a portrait before the summary gives way to it: both are
 * read at a glance in a feed, where a title no larger than the date does not lead.
 */
const TITLE_FLOOR = { story: '5xl', portrait: '4xl' } as const satisfies Record<string, FontSizeStep>;

/**
 * Height of the heading (pictogram, kicker and title) with the title at `step` on the lines its
 * words need in `width`, with a few px of slack; undefined when the title would take more than its
 * lines.
 */
function headingHeight(frame: Frame, content: EvenementContent, step: FontSizeStep, width: number) {
  const px = stepPx(frame, step);
  const lines = estimatedLines(content.title, px, 'display', width);
  if (lines > TITLE.maxLines) return undefined;
  const kicker = content.kicker ? linesHeight(frame, 'label', 'xl', 1) + space(frame, 4) : 0;
  // The axis pictogram takes a row above the heading (`axisMark`).
  const pictogram = content.axis ? axisMarkHeight(frame) : 0;
  return pictogram + kicker + linesHeight(frame, TITLE.role, step, lines) + space(frame, 1);
}

/**
 * The head's track for the largest title step whose heading fits beside the details at their
 * smallest: the title's room is decided first, the details share the rest. The track includes the
 * gap `stacked` takes from it.
 */
function titleFirstHead(frame: Frame, content: EvenementContent, items: readonly StackItem[], gap: number) {
  const { safe } = frame;
  const present = items.filter((item) => item.ideal > 0);
  const details = present.reduce((sum, item) => sum + item.min, 0) + gap * (present.length - 1);
  const room = safe.height - details - 2 * gap - gap;
  for (const step of stepRange(TITLE.largest, TITLE.smallest)) {
    const height = headingHeight(frame, content, step, safe.width);
    if (height !== undefined && height <= room) return { step, track: height + gap };
  }
  return undefined;
}

/**
 * The items under the heading and the head's least share of the safe height. Square: a fixed
 * share. Taller formats: the title first (see `titleFirstHead`), the date at its ideal size
 * unless the title needs its room, the summary giving way. Stories and portraits are read at a
 * glance: there a summary that would set the title below `TITLE_FLOOR` is left out (the alt text
 * keeps it).
 */
function stackedPlan(frame: Frame, content: EvenementContent, names: LockupNames, withSummary: boolean) {
  const plan = stackedItems(frame, content, names, withSummary);
  if (frame.composition === 'square') return { ...plan, headShare: HEAD_SHARE.square };
  const titleFirst = (items: readonly StackItem[]) => titleFirstHead(frame, content, items, plan.gap);
  const keptDate = dateKept(plan.items);
  const withDate = titleFirst(keptDate);
  let [items, head] = withDate ? [keptDate, withDate] : [plan.items, titleFirst(plan.items)];
  const composition = frame.composition;
  const floor =
    composition === 'story' || composition === 'portrait'
      ? stepRange(TITLE.largest, TITLE_FLOOR[composition])
      : undefined;
  if (withSummary && content.summary && floor && !(head && floor.includes(head.step))) {
    const without = dateKept(stackedItems(frame, content, names, false).items);
    const shorter = titleFirst(without);
    if (shorter && floor.includes(shorter.step)) [items, head] = [without, shorter];
  }
  return { ...plan, items, headShare: head ? head.track / frame.safe.height : HEAD_SHARE.stacked };
}

/** The date, the key information, at its ideal size: the summary gives way first. */
function dateKept(items: readonly StackItem[]): StackItem[] {
  const [date, ...rest] = items as [StackItem, ...StackItem[]];
  return [{ ideal: date.ideal, min: date.ideal }, ...rest];
}

/**
 * Square, portrait, story and poster: the brand panel with the title on top (into the bleed on
 * posters), then date, place, summary, the call to register (with a QR code on posters) and the
 * lockup.
 */
function stacked(
  frame: Frame,
  content: EvenementContent,
  names: LockupNames,
  withSummary = frame.composition !== 'square',
): SceneParts {
  const { theme, safe } = frame;
  const c = theme.color;
  const { gap, reg, qrSide, ctaH, items, headShare } = stackedPlan(frame, content, names, withSummary);
  const heights = stackHeights(safe.height, items, gap, 2 * gap, headShare);
  const [dateH, placeH, summaryH, ...rest] = heights.items as [number, number, number, number, number];
  const tracks = [heights.head, dateH, placeH, summaryH, ...rest].filter((h) => h > 0);
  const boxes = rows(safe, tracks, gap);
  // rows() uses one gap; the headline gets twice as much air below it.
  const head = { ...(boxes[0] as Rect), height: (boxes[0] as Rect).height - gap };
  let i = 1;
  const next = () => boxes[i++] as Rect;
  const dateBox = next();
  const placeBox = next();
  const summaryBox = summaryH > 0 ? next() : undefined;
  const ctaBox = ctaH > 0 ? next() : undefined;
  const lockupArea = next();
  const panels: Panel[] = [topBand(frame, head, gap, c.surface.brand)];
  const mark = axisMark(frame, content.axis, head);
  const text: Painted = [
    ...headline(frame, content, mark.head),
    ...details(frame, content, {
      date: dateBox,
      place: placeBox,
      ...(summaryBox ? { summary: summaryBox } : {}),
    }),
  ];
  let qr: SceneParts['qr'];
  let call: CentredGroup | undefined;
  if (ctaBox && reg) {
    let band = ctaBox;
    if (qrSide > 0) {
      const [qrBox, ctaArea] = columns(ctaBox, [qrSide, { fr: 1 }], gap) as [Rect, Rect];
      qr = qrCode(frame, qrBox, reg.url);
      band = ctaArea;
    }
    const cta = registration(frame, content, band);
    panels.push(cta.panel);
    text.push(...cta.text);
    call = cta.group;
  }
  const foot = risenWaterFoot(frame, lockupArea.y + lockupArea.height);
  return {
    background: c.surface.default,
    panels,
    text,
    lockup: colourLockup(frame, names, lockupArea),
    ...(foot ? { foot } : {}),
    ...(qr ? { qr } : {}),
    ...(mark.pictogram ? { pictogram: mark.pictogram } : {}),
    ...(call ? { centred: [call] } : {}),
  };
}

/**
 * Landscape: the brand panel on the left with the title and the lockup, details on the right.
 * Photo-led, the photo takes the top of the left column to the edges and the panel the rest.
 */
function sideBySide(
  frame: Frame,
  content: EvenementContent,
  names: LockupNames,
  image?: EventImage,
): SceneParts {
  const { theme, safe, canvas } = frame;
  const c = theme.color;
  const gap = space(frame, 5);
  const [left, right] = columns(safe, [{ fr: 0.56 }, { fr: 0.44 }], 3 * gap) as [Rect, Rect];
  const [photoRow, brandColumn] = image
    ? (rows(left, [{ fr: LANDSCAPE_PHOTO_SHARE }, { fr: 1 - LANDSCAPE_PHOTO_SHARE }], 2 * gap) as [
        Rect,
        Rect,
      ])
    : [undefined, left];
  // The panel reaches one gap above the column it carries.
  const panelTop = brandColumn.y - gap;
  const band = leftBand(frame, left, 3 * gap, c.surface.brand);
  const brandPanel = photoRow ? { ...band, y: panelTop, height: canvas.height - panelTop } : band;
  const lockupH = lockupBandHeight({ ...frame, safe: left }, names, 'horizontal', 0.44);
  const [lockupArea, head] = takeBottom(brandColumn, lockupH, gap);
  const ctaH = content.registration ? ctaHeight(frame, content.registration, right.width) : 0;
  const d = detailHeights(frame, content, right.width, content.summary !== undefined, 5);
  const heights = stackHeights(
    right.height,
    [d.date, d.place, d.summary, { ideal: ctaH, min: ctaH }],
    gap,
    gap,
    0,
  );
  const [dateH, placeH, summaryH] = heights.items as [number, number, number];
  // The details are centred beside the title: the free height goes half above, half below.
  const free = heights.head > 0 ? heights.head + gap : 0;
  const column = rect(right.x, right.y + Math.floor(free / 2), right.width, right.height - free);
  const boxes = rows(
    column,
    [dateH, placeH, summaryH, ctaH].filter((h) => h > 0),
    gap,
  );
  let i = 0;
  const next = () => boxes[i++] as Rect;
  const dateBox = next();
  const placeBox = next();
  const summaryBox = summaryH > 0 ? next() : undefined;
  const cta = ctaH > 0 ? registration(frame, content, next()) : undefined;
  // Beside a photo the axis rides a tab rising into it, as on stacked formats: the panel below the
  // photo is short, and a pictogram row there would leave the title one small line.
  const tab = photoRow ? axisTab(frame, content.axis, panelTop) : undefined;
  const mark = tab ? { head, pictogram: tab.pictogram } : axisMark(frame, content.axis, head);
  const photo = rect(0, 0, band.width, panelTop);
  const paper = photoRow ? paperBesidePhoto(frame, photo) : [];
  return {
    background: photoRow ? undefined : c.surface.default,
    panels: [...paper, brandPanel, ...(tab ? [tab.panel] : []), ...(cta ? [cta.panel] : [])],
    ...(photoRow && image ? { image: { box: photo, focalPoint: image.focalPoint } } : {}),
    text: [
      ...headline(frame, content, mark.head),
      ...details(frame, content, {
        date: dateBox,
        place: placeBox,
        ...(summaryBox ? { summary: summaryBox } : {}),
      }),
      ...(cta?.text ?? []),
    ],
    ...(cta?.group ? { centred: [cta.group] } : {}),
    ...(mark.pictogram ? { pictogram: mark.pictogram } : {}),
    lockup: placeLockup(frame, names, lockupArea, {
      orientation: 'horizontal',
      variant: 'reversed',
      verticalAlign: 'end',
    }),
  };
}

type EventImage = NonNullable<EvenementContent['image']>;

/** Share of the left column's height the photo takes on landscape formats. */
const LANDSCAPE_PHOTO_SHARE = 0.3;
/** How far down the canvas the photo reaches on stacked formats. */
const PHOTO_SHARE = { story: 0.3, portrait: 0.34, poster: 0.32, square: 0.3 } as const;
/** The compositions that stack the photo over the content (landscape sets them side by side). */
type StackedComposition = keyof typeof PHOTO_SHARE;
type StackedFrame = Frame & { readonly composition: StackedComposition };
const isStacked = (frame: Frame): frame is StackedFrame => frame.composition !== 'landscape';

/** The title's smallest size the photo leaves room for, on the lines its text needs at it. */
const PHOTO_LED_TITLE_MIN: FontSizeStep = '4xl';

/**
 * Where the photo ends on a stacked format: at its share of the canvas, or higher when the
 * content below needs the room (a call to register, a long title), down to the top safe zone.
 */
function photoBottomOf(
  frame: StackedFrame,
  content: EvenementContent,
  names: LockupNames,
  withSummary: boolean,
): number {
  const { safe, canvas, composition } = frame;
  const { gap, items } = stackedItems(frame, content, names, withSummary);
  const present = items.filter((item) => item.ideal > 0);
  const details = present.reduce((sum, item) => sum + item.min, 0) + gap * (present.length - 1);
  const px = stepPx(frame, PHOTO_LED_TITLE_MIN);
  const titleLines = estimatedLines(drawnSpacing(content.title), px, 'display', safe.width);
  const heading =
    (content.kicker ? linesHeight(frame, 'label', 'xl', 1) + space(frame, 4) : 0) +
    linesHeight(frame, 'display', PHOTO_LED_TITLE_MIN, titleLines);
  // Below the photo: two gaps, the band's heading, two gaps, the details.
  const room = safe.y + safe.height - details - heading - 4 * gap;
  return Math.max(safe.y + gap, Math.min(Math.round(canvas.height * PHOTO_SHARE[composition]), room));
}

/**
 * Photo-led, stacked: the photo to the edges across the top third (the story's top safe zone
 * included, which carries no text), the axis on a tab rising into it, the colour-led layout
 * below. The portrait leaves the summary out, as the square does, so the title keeps its room.
 */
function stackedPhoto(
  frame: StackedFrame,
  content: EvenementContent,
  names: LockupNames,
  image: EventImage,
): SceneParts | undefined {
  const { safe } = frame;
  const withSummary = frame.composition !== 'portrait' && frame.composition !== 'square';
  const photoBottom = photoBottomOf(frame, content, names, withSummary);
  // A photo that would show no more inside the safe area than the axis tab's height leaves the
  // content its colour-led composition; a campaign that asks for the photo is told so.
  if (photoBottom < safe.y + pictogramTabHeight(frame)) {
    if (content.composition === 'photo') {
      throw noRoomForPhoto(
        frame.format.id,
        'le titre et les informations de l’événement ne laissent',
        'un titre ou des informations plus courts',
      );
    }
    return undefined;
  }
  const gap = space(frame, 5);
  const below = rect(safe.x, photoBottom + 2 * gap, safe.width, safe.y + safe.height - photoBottom - 2 * gap);
  const tab = axisTab(frame, content.axis, photoBottom);
  const colour = stacked({ ...frame, safe: below }, { ...content, axis: undefined }, names, withSummary);
  return belowPhoto(frame, colour, photoBottom, image.focalPoint, tab);
}

/**
 * Photo-led when the content has a photo (or the campaign forces it), colour-led otherwise; on
 * the square too, unless its title and details leave the photo less than the axis tab's height.
 */
export function evenementScene(frame: Frame, content: EvenementContent, names: LockupNames): SceneParts {
  const image = leadOf(content) === 'photo' ? content.image : undefined;
  if (!isStacked(frame)) return sideBySide(frame, content, names, image);
  return (image && stackedPhoto(frame, content, names, image)) || stacked(frame, content, names);
}
