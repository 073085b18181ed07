import { type Frame, space } from '../layout/frame.js';
import { columns, rect, rows, takeBottom } from '../layout/geometry.js';
import type { LockupNames } from '../lockup/geometry.js';
import { lockupBandHeight, placeLockup } from '../lockup/place.js';
import type { AxisId } from '../theme.js';
import type { Rect } from '../types.js';
import { waveEdge } from './device.js';
import type { Panel, SceneParts } from './scene.js';

/** A panel across the top of the canvas, reaching `gap` below `head`. */
export function topBand(frame: Frame, head: Rect, gap: number, color: string): Panel {
  const wave = waveEdge(frame, 'bottom', gap);
  return { ...rect(0, 0, frame.canvas.width, head.y + head.height + gap), color, ...(wave ? { wave } : {}) };
}

/** A panel down the left of the canvas behind `column`, reaching half the gutter past it. */
export function leftBand(frame: Frame, column: Rect, gutter: number, color: string): Panel {
  const wave = waveEdge(frame, 'right', Math.round(gutter / 2));
  return {
    ...rect(0, 0, column.x + column.width + Math.round(gutter / 2), frame.canvas.height),
    color,
    ...(wave ? { wave } : {}),
  };
}

/**
 * The paper of a wide photo-led scene: the canvas but the photo topping the brand band's column.
 * It runs under the band too, so the troughs of the band's wavy edge show paper, not a transparent
 * canvas (a social network's own background, black in a dark mode).
 */
export function paperBesidePhoto(frame: Frame, photo: Rect): Panel[] {
  const { canvas } = frame;
  const color = frame.theme.color.surface.default;
  const right = photo.x + photo.width;
  const bottom = photo.y + photo.height;
  return [
    { ...rect(right, 0, canvas.width - right, canvas.height), color },
    { ...rect(0, bottom, right, canvas.height - bottom), color },
  ];
}

/** A QR code of `url`, in the default text colour on the default surface. */
export function qrCode(frame: Frame, box: Rect, url: string): NonNullable<SceneParts['qr']> {
  const c = frame.theme.color;
  return { box, data: url, color: c.text.default, background: c.surface.default };
}

/** The lockup in the colour variant, horizontal, at the bottom of `area`. */
export function colourLockup(frame: Frame, names: LockupNames, area: Rect): SceneParts['lockup'] {
  return placeLockup(frame, names, area, {
    orientation: 'horizontal',
    variant: 'colour',
    verticalAlign: 'end',
  });
}

/**
 * The foot of a stacked scene: the colour lockup along the bottom of `area` and, on posters with a
 * link, a QR code of it at the right end. Returns them and the area left above.
 */
export function lockupFoot(
  frame: Frame,
  names: LockupNames,
  area: Rect,
  gap: number,
  link: { url: string } | undefined,
): { above: Rect; parts: Pick<SceneParts, 'lockup' | 'qr'> } {
  const lockupH = lockupBandHeight(frame, names, 'horizontal', 0.39);
  const qrSide = frame.composition === 'poster' && link ? Math.round(frame.safe.width * 0.2) : 0;
  const [bottom, above] = takeBottom(area, Math.max(lockupH, qrSide), gap);
  if (qrSide === 0 || !link) return { above, parts: { lockup: colourLockup(frame, names, bottom) } };
  const [lockupArea, qrBox] = columns(bottom, [{ fr: 1 }, qrSide], gap) as [Rect, Rect];
  return {
    above,
    parts: { lockup: colourLockup(frame, names, lockupArea), qr: qrCode(frame, qrBox, link.url) },
  };
}

export type SceneOf<C> = (frame: Frame, content: C, names: LockupNames) => SceneParts;

/** Landscape formats set a template's parts side by side; the others stack them. */
export function sideBySideOnLandscape<C>(sideBySide: SceneOf<C>, stacked: SceneOf<C>): SceneOf<C> {
  return (frame, content, names) =>
    frame.composition === 'landscape' ? sideBySide(frame, content, names) : stacked(frame, content, names);
}

/** The side of the axis pictogram on a tab or ribbon (and beside a heading that matches it). */
export const pictogramSide = (frame: Frame) => space(frame, 12);

/** The pictogram's side on a tab or ribbon, and the colour around it. */
function tabSize(frame: Frame): { side: number; pad: number } {
  return { side: pictogramSide(frame), pad: space(frame, 3) };
}

/** A panel's colour and the colour of a pictogram set on it. */
type PanelColors = { surface: string; onSurface: string };

/** An axis pictogram on its own small panel of colour (a tab or a ribbon). */
export interface PictogramOnPanel {
  panel: Panel;
  pictogram: NonNullable<SceneParts['pictogram']>;
}

/**
 * A photo-led scene's axis pictogram, on a tab of the colour panel below the photo rising into it
 * at the left margin, so the panel's heading keeps its room. `photoBottom` is the panel's top.
 */
export function pictogramTab(
  frame: Frame,
  photoBottom: number,
  axis: AxisId,
  colors: PanelColors,
): PictogramOnPanel {
  const { side, pad } = tabSize(frame);
  const top = photoBottom - side - 2 * pad;
  return {
    panel: { ...rect(frame.safe.x - pad, top, side + 2 * pad, side + 2 * pad), color: colors.surface },
    pictogram: { box: rect(frame.safe.x, top + pad, side, side), axis, color: colors.onSurface },
  };
}

/**
 * A thematic axis' pictogram at the top of the brand panel's `area`, in the panel's text colour,
 * the rest of the area left to the heading. Without an axis the area is the heading's.
 */
export function axisMark(
  frame: Frame,
  axis: AxisId | undefined,
  area: Rect,
): { head: Rect; pictogram?: NonNullable<SceneParts['pictogram']> } {
  if (!axis) return { head: area };
  const side = Math.round(Math.min(area.height * 0.25, space(frame, 16)));
  const [row, head] = rows(area, [side, { fr: 1 }], space(frame, 4)) as [Rect, Rect];
  return {
    head,
    pictogram: { box: rect(row.x, row.y, side, side), axis, color: frame.theme.color.text.onBrand },
  };
}

/** Most height the pictogram row of `axisMark` takes above a heading, its gap included. */
export const axisMarkHeight = (frame: Frame) => space(frame, 16) + space(frame, 4);

/**
 * A photo-led scene's axis on a tab of the brand panel's colour rising into the photo above
 * `photoBottom` (`pictogramTab`); none without an axis.
 */
export function axisTab(
  frame: Frame,
  axis: AxisId | undefined,
  photoBottom: number,
): PictogramOnPanel | undefined {
  if (!axis) return undefined;
  const c = frame.theme.color;
  return pictogramTab(frame, photoBottom, axis, { surface: c.surface.brand, onSurface: c.text.onBrand });
}

/**
 * A wide photo-led scene's axis pictogram on a ribbon of the axis colour hanging from the canvas'
 * top into the photo whose left edge is `photoLeft`, the pictogram on the safe area's top and as
 * far from the photo's edge as the text is from the canvas' (`pictogramTab` when the photo is
 * above the text instead).
 */
export function pictogramRibbon(
  frame: Frame,
  photoLeft: number,
  axis: AxisId,
  colors: PanelColors,
): PictogramOnPanel {
  const { side, pad } = tabSize(frame);
  const x = photoLeft + frame.safe.x;
  return {
    panel: { ...rect(x - pad, 0, side + 2 * pad, frame.safe.y + side + pad), color: colors.surface },
    pictogram: { box: rect(x, frame.safe.y, side, side), axis, color: colors.onSurface },
  };
}

/** Height a pictogram tab rises above the panel's top. */
export function pictogramTabHeight(frame: Frame): number {
  const { side, pad } = tabSize(frame);
  return side + 2 * pad;
}

/**
 * A stacked scene set below a photo: the photo across the top of the canvas down to `photoBottom`,
 * the default surface under the rest, the scene's first panel (its heading's band) starting at the
 * photo's foot, and a pictogram tab (`pictogramTab`) on that band when there is one.
 */
export function belowPhoto(
  frame: Frame,
  scene: SceneParts,
  photoBottom: number,
  focalPoint: { x: number; y: number },
  tab?: PictogramOnPanel,
): SceneParts {
  const { canvas } = frame;
  const [band, ...others] = scene.panels;
  const paper: Panel = {
    ...rect(0, photoBottom, canvas.width, canvas.height - photoBottom),
    color: frame.theme.color.surface.default,
  };
  const heading = band ? [{ ...band, y: photoBottom, height: band.y + band.height - photoBottom }] : [];
  return {
    ...scene,
    background: undefined,
    panels: [paper, ...heading, ...(tab ? [tab.panel] : []), ...others],
    ...(tab ? { pictogram: tab.pictogram } : {}),
    image: { box: rect(0, 0, canvas.width, photoBottom), focalPoint },
  };
}
