import { type Frame, linesHeight, space, textBox } from '../../layout/frame.js';
import { columns, inset, rect, rows, takeBottom } from '../../layout/geometry.js';
import { bestLockup } from '../../lockup/best.js';
import type { LockupNames } from '../../lockup/geometry.js';
import { lockupBandHeight, placeLockup } from '../../lockup/place.js';
import type { Panel, Scene } from '../../scene/scene.js';
import { formatDate, formatTimeRange, NBSP } from '../../text/french.js';
import type { Rect, TextBox } from '../../types.js';
import type { EvenementContent } from './schema.js';

type Painted = Array<{ box: TextBox; color: string }>;

function whenText(content: EvenementContent): string {
  const time = formatTimeRange(content.startTime, content.endTime);
  return time ? `${formatDate(content.date)} · ${time}` : formatDate(content.date);
}

function whereText(content: EvenementContent): string {
  return content.address ? `${content.place}, ${content.address}` : content.place;
}

/** Kicker and title on the brand panel. */
function headline(frame: Frame, content: EvenementContent, area: Rect, large: boolean): Painted {
  const c = frame.theme.color;
  const out: Painted = [];
  let titleArea = area;
  if (content.kicker) {
    const kickerH = linesHeight(frame, 'label', 'xl', 1);
    const [kicker, rest] = rows(area, [kickerH, { fr: 1 }], space(frame, 4));
    titleArea = rest as Rect;
    out.push({
      box: textBox(frame, {
        field: 'kicker',
        text: content.kicker,
        role: 'label',
        box: kicker as Rect,
        largest: 'xl',
        smallest: 'md',
        maxLines: 1,
        uppercase: true,
      }),
      color: c.text.onBrand,
    });
  }
  out.push({
    box: textBox(frame, {
      field: 'title',
      text: content.title,
      role: 'display',
      box: titleArea,
      largest: large ? '7xl' : '6xl',
      smallest: '3xl',
      maxLines: 5,
      verticalAlign: 'end',
    }),
    color: c.text.onBrand,
  });
  return out;
}

/** Date and place (and the summary when there is room) on the default surface. */
function details(frame: Frame, content: EvenementContent, area: Rect, withSummary: boolean): Painted {
  const c = frame.theme.color;
  const summary = withSummary && content.summary !== undefined;
  const dateH = linesHeight(frame, 'subtitle', 'xl', 2);
  const placeH = linesHeight(frame, 'body', 'lg', 2);
  const tracks = summary ? [dateH, placeH, { fr: 1 }] : [{ fr: 1 }, { fr: 1 }];
  const [dateBox, placeBox, summaryBox] = rows(area, tracks, space(frame, 4));
  const out: Painted = [
    {
      box: textBox(frame, {
        field: 'date',
        text: whenText(content),
        role: 'subtitle',
        box: dateBox as Rect,
        largest: '3xl',
        smallest: 'lg',
        maxLines: 2,
        verticalAlign: summary ? 'start' : 'end',
      }),
      color: c.text.default,
    },
    {
      box: textBox(frame, {
        field: 'place',
        text: whereText(content),
        role: 'body',
        box: placeBox as Rect,
        largest: '2xl',
        smallest: 'md',
        maxLines: 2,
        fontWeight: frame.theme.font.weight.semibold,
      }),
      color: c.text.muted,
    },
  ];
  if (summary && summaryBox && content.summary) {
    out.push({
      box: textBox(frame, {
        field: 'summary',
        text: content.summary,
        role: 'body',
        box: summaryBox,
        largest: 'xl',
        smallest: 'md',
        maxLines: 6,
      }),
      color: c.text.default,
    });
  }
  return out;
}

/** The call to register on an accent band: label then short URL. */
function registration(
  frame: Frame,
  content: EvenementContent,
  band: Rect,
  stacked: boolean,
): { panel: Panel; text: Painted } {
  const c = frame.theme.color;
  const reg = content.registration;
  const panel: Panel = { ...band, color: c.surface.accent, radius: space(frame, 2) };
  if (!reg) return { panel, text: [] };
  const inner = inset(band, {
    top: space(frame, 3),
    bottom: space(frame, 3),
    left: space(frame, 5),
    right: space(frame, 5),
  });
  const [labelBox, urlBox] = stacked
    ? rows(inner, [{ fr: 1 }, { fr: 1 }], space(frame, 1))
    : columns(inner, [{ fr: 2 }, { fr: 3 }], space(frame, 4));
  return {
    panel,
    text: [
      {
        box: textBox(frame, {
          field: 'registration.label',
          text: `${reg.label}${NBSP}:`,
          role: 'title',
          box: labelBox as Rect,
          largest: '2xl',
          smallest: 'md',
          maxLines: 1,
          verticalAlign: 'center',
        }),
        color: c.text.onAccent,
      },
      {
        box: textBox(frame, {
          field: 'registration.shortUrl',
          text: reg.shortUrl,
          role: 'subtitle',
          box: urlBox as Rect,
          largest: 'xl',
          smallest: 'sm',
          maxLines: 1,
          align: stacked ? 'start' : 'end',
          verticalAlign: 'center',
        }),
        color: c.text.onAccent,
      },
    ],
  };
}

function ctaHeight(frame: Frame, stacked: boolean): number {
  const lines = stacked
    ? linesHeight(frame, 'title', '2xl', 1) + linesHeight(frame, 'subtitle', 'xl', 1) + space(frame, 1)
    : linesHeight(frame, 'title', '2xl', 1);
  return lines + 2 * space(frame, 3);
}

/** Portrait, square and story: the brand panel on top, details, call to register, lockup. */
function stacked(frame: Frame, content: EvenementContent, names: LockupNames): Scene {
  const { theme, safe, canvas, composition, format } = frame;
  const c = theme.color;
  const gap = space(frame, 5);
  const roomy = composition !== 'square';
  const lockupH = lockupBandHeight(frame, names, 'horizontal', roomy ? 0.42 : 0.36);
  const ctaH = content.registration ? ctaHeight(frame, false) : 0;
  const dateH = linesHeight(frame, 'subtitle', 'xl', 2);
  const placeH = linesHeight(frame, 'body', 'lg', 2);
  const summaryH = roomy && content.summary ? linesHeight(frame, 'body', 'lg', 4) : 0;
  const bodyH = [dateH, placeH, summaryH, ctaH, lockupH].filter((h) => h > 0);
  const bodyTotal = bodyH.reduce((a, b) => a + b, 0) + gap * (bodyH.length - 1);
  const headGap = 2 * gap;
  const [head, body] = rows(safe, [{ fr: 1 }, bodyTotal], headGap) as [Rect, Rect];
  const brandPanel: Panel = {
    ...rect(0, 0, canvas.width, head.y + head.height + gap),
    color: c.surface.brand,
  };
  const [lockupArea, aboveLockup] = takeBottom(body, lockupH, gap);
  const [ctaBand, detailArea] = ctaH > 0 ? takeBottom(aboveLockup, ctaH, gap) : [undefined, aboveLockup];
  const cta = ctaBand ? registration(frame, content, ctaBand, false) : undefined;
  return {
    format,
    composition,
    safeArea: safe,
    background: c.surface.default,
    panels: cta ? [brandPanel, cta.panel] : [brandPanel],
    text: [
      ...headline(frame, content, head, roomy),
      ...details(frame, content, detailArea, summaryH > 0),
      ...(cta?.text ?? []),
    ],
    lockup: placeLockup(frame, names, lockupArea, {
      orientation: 'horizontal',
      variant: 'colour',
      verticalAlign: 'end',
    }),
  };
}

/** Landscape: the brand panel on the left with the title and lockup, details on the right. */
function sideBySide(frame: Frame, content: EvenementContent, names: LockupNames): Scene {
  const { theme, safe, canvas, composition, format } = frame;
  const c = theme.color;
  const gap = space(frame, 6);
  const [left, right] = columns(safe, [{ fr: 0.56 }, { fr: 0.44 }], 3 * gap) as [Rect, Rect];
  const brandPanel: Panel = {
    ...rect(0, 0, left.x + left.width + Math.round(1.5 * gap), canvas.height),
    color: c.surface.brand,
  };
  const [lockupArea, head] = takeBottom(left, Math.round(safe.height * 0.2), gap);
  const hasCta = content.registration !== undefined;
  const [ctaBand, detailArea] = hasCta ? takeBottom(right, ctaHeight(frame, true), gap) : [undefined, right];
  const cta = ctaBand ? registration(frame, content, ctaBand, true) : undefined;
  return {
    format,
    composition,
    safeArea: safe,
    background: c.surface.default,
    panels: cta ? [brandPanel, cta.panel] : [brandPanel],
    text: [
      ...headline(frame, content, head, true),
      ...details(frame, content, detailArea, format.width >= 1600),
      ...(cta?.text ?? []),
    ],
    lockup: bestLockup(frame, names, lockupArea, 'reversed', { verticalAlign: 'end' }),
  };
}

/** Poster: read from a distance, registration by QR code and short URL. */
function poster(frame: Frame, content: EvenementContent, names: LockupNames): Scene {
  const { theme, safe, canvas, composition, format } = frame;
  const c = theme.color;
  const gap = space(frame, 5);
  const reg = content.registration;
  const lockupH = lockupBandHeight(frame, names, 'horizontal', 0.45);
  const qrSide = reg ? Math.round(safe.width * 0.24) : 0;
  const dateH = linesHeight(frame, 'subtitle', 'xl', 2);
  const placeH = linesHeight(frame, 'body', 'lg', 2);
  const summaryH = content.summary ? linesHeight(frame, 'body', 'lg', 4) : 0;
  const bodyH = [dateH, placeH, summaryH, qrSide, lockupH].filter((h) => h > 0);
  const bodyTotal = bodyH.reduce((a, b) => a + b, 0) + gap * (bodyH.length - 1);
  const [head, body] = rows(safe, [{ fr: 1 }, bodyTotal], 2 * gap) as [Rect, Rect];
  // The brand panel runs into the bleed on three sides.
  const brandPanel: Panel = {
    ...rect(0, 0, canvas.width, head.y + head.height + gap),
    color: c.surface.brand,
  };
  const [lockupArea, aboveLockup] = takeBottom(body, lockupH, gap);
  const lockup = placeLockup(frame, names, lockupArea, {
    orientation: 'horizontal',
    variant: 'colour',
    verticalAlign: 'end',
  });
  if (!reg) {
    return {
      format,
      composition,
      safeArea: safe,
      background: c.surface.default,
      panels: [brandPanel],
      text: [...headline(frame, content, head, true), ...details(frame, content, aboveLockup, summaryH > 0)],
      lockup,
    };
  }
  const [qrRow, detailArea] = takeBottom(aboveLockup, qrSide, gap);
  const [qrBox, ctaArea] = columns(qrRow, [qrSide, { fr: 1 }], gap) as [Rect, Rect];
  const cta = registration(frame, content, ctaArea, true);
  return {
    format,
    composition,
    safeArea: safe,
    background: c.surface.default,
    panels: [brandPanel, cta.panel],
    text: [
      ...headline(frame, content, head, true),
      ...details(frame, content, detailArea, summaryH > 0),
      ...cta.text,
    ],
    lockup,
    qr: { box: qrBox, data: reg.url, color: c.text.default, background: c.surface.default },
  };
}

export function evenementScene(frame: Frame, content: EvenementContent, names: LockupNames): Scene {
  switch (frame.composition) {
    case 'landscape':
      return sideBySide(frame, content, names);
    case 'poster':
      return poster(frame, content, names);
    default:
      return stacked(frame, content, names);
  }
}
