import type { Frame } from '../layout/frame.js';
import { rect } from '../layout/geometry.js';
import type { TemplateTheme } from '../theme.js';
import type { Rect } from '../types.js';

/**
 * The brand's signature device, the watergang (`brand.device.*` and the partner's
 * `partner.device.*` tokens): colour fields end on a wave, and a water foot in the partner's accent
 * colour runs under the bottom safe zone to the canvas edge. A brand without these tokens draws
 * neither.
 */
export interface DeviceTokens {
  edgeAmplitude: number;
  footShare: number;
  footMin: number;
  footAmplitude: number;
  rippleWidth: number;
  rippleGap: number;
  /** The partner's variant. */
  periods: number;
  ripples: number;
  ripple: string;
}

const NUMBER_TOKENS = {
  edgeAmplitude: 'brand.device.wave.edgeAmplitude',
  footShare: 'brand.device.wave.footShare',
  footMin: 'brand.device.wave.footMin',
  footAmplitude: 'brand.device.wave.footAmplitude',
  rippleWidth: 'brand.device.wave.rippleWidth',
  rippleGap: 'brand.device.wave.rippleGap',
  periods: 'partner.device.periods',
  ripples: 'partner.device.ripples',
} as const;

/** The device's tokens, or undefined when the brand (or a test theme) defines none. */
export function deviceTokens(theme: Pick<TemplateTheme, 'tokens'>): DeviceTokens | undefined {
  const read = (path: string) => theme.tokens?.get(path)?.normalized;
  const numbers: Partial<Record<keyof typeof NUMBER_TOKENS, number>> = {};
  for (const [key, path] of Object.entries(NUMBER_TOKENS) as [keyof typeof NUMBER_TOKENS, string][]) {
    const value = read(path);
    if (typeof value !== 'number') return undefined;
    numbers[key] = value;
  }
  const ripple = read('partner.device.ripple');
  if (typeof ripple !== 'string') return undefined;
  return { ...(numbers as Omit<DeviceTokens, 'ripple'>), ripple };
}

/** A colour field's wavy edge: the wave stays inside the field's box. */
export interface WaveEdge {
  side: 'bottom' | 'right';
  /** Depth of the wave, px. */
  amplitude: number;
  periods: number;
}

/** The wave ending a colour field whose text stops `gap` before its edge. */
export function waveEdge(frame: Frame, side: WaveEdge['side'], gap: number): WaveEdge | undefined {
  const device = deviceTokens(frame.theme);
  if (!device) return undefined;
  return { side, amplitude: Math.round(device.edgeAmplitude * gap), periods: device.periods };
}

/** The water foot across the bottom of the canvas, under the bottom safe zone. */
export interface WaterFoot {
  box: Rect;
  water: string;
  ripple: string;
  /** The thematic axis's colour, drawn as the first ripple when the content has an axis. */
  axis?: string;
  amplitude: number;
  periods: number;
  ripples: number;
  rippleWidth: number;
  rippleGap: number;
}

export function waterFoot(frame: Frame, axisColor: string | undefined): WaterFoot | undefined {
  const device = deviceTokens(frame.theme);
  if (!device) return undefined;
  const inset = frame.canvas.height - (frame.safe.y + frame.safe.height);
  const height = Math.round(Math.max(device.footMin * frame.scale, device.footShare * inset));
  return {
    box: rect(0, frame.canvas.height - height, frame.canvas.width, height),
    water: frame.theme.color.accent.default,
    ripple: device.ripple,
    ...(axisColor ? { axis: axisColor } : {}),
    amplitude: Math.round(device.footAmplitude * height),
    periods: device.periods,
    ripples: device.ripples,
    rippleWidth: Math.max(1, Math.round(device.rippleWidth * frame.scale)),
    rippleGap: Math.round(device.rippleGap * height),
  };
}

/**
 * The water foot, its top raised to `top` (the lockup band's bottom) when it starts lower: on a
 * story the colour runs from the lockup to the canvas edge, with no white gap between.
 */
export function risenWaterFoot(frame: Frame, top: number): WaterFoot | undefined {
  const foot = waterFoot(frame, undefined);
  if (!foot || foot.box.y <= top) return foot;
  return { ...foot, box: rect(0, top, frame.canvas.width, frame.canvas.height - top) };
}

/** Points of a wave along `length`, between 0 and `amplitude` across it. */
function wave(length: number, amplitude: number, periods: number, phase: number): [number, number][] {
  const steps = Math.max(8, Math.ceil(periods * 24));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const along = t * length;
    const across = (amplitude * (1 + Math.sin(2 * Math.PI * periods * t + phase))) / 2;
    return [along, across];
  });
}

const fixed = (n: number) => Math.round(n * 10) / 10;

/** The phase of a partner's wave: derived from its periods, so each variant starts its own way. */
function phaseOf(periods: number): number {
  return periods * Math.PI;
}

/** SVG path of a field (its own box, from 0,0) whose `edge` side is a wave. */
export function wavyFieldPath(width: number, height: number, edge: WaveEdge): string {
  const points = wave(
    edge.side === 'bottom' ? width : height,
    edge.amplitude,
    edge.periods,
    phaseOf(edge.periods),
  );
  const along = points.map(([a, c]) =>
    edge.side === 'bottom' ? `${fixed(a)} ${fixed(height - c)}` : `${fixed(width - c)} ${fixed(a)}`,
  );
  return edge.side === 'bottom'
    ? `M0 0H${width}V${fixed(height)}L${along.reverse().join('L')}Z`
    : `M0 0L${along.join('L')}L0 ${height}Z`;
}

/** The water foot as an SVG document, in its own box's coordinates. */
export function waterFootSvg(foot: WaterFoot): string {
  const { width, height } = foot.box;
  const phase = phaseOf(foot.periods);
  const line = (offset: number) =>
    wave(width, foot.amplitude, foot.periods, phase)
      .map(([a, c]) => `${fixed(a)} ${fixed(offset + c)}`)
      .join('L');
  const water = `<path d="M${line(0)}V${height}H0Z" fill="${foot.water}"/>`;
  const ripples = Array.from({ length: foot.ripples }, (_, i) => {
    const color = i === 0 && foot.axis ? foot.axis : foot.ripple;
    const offset = foot.rippleGap * (i + 1);
    if (offset + foot.amplitude >= height) return '';
    return `<path d="M${line(offset)}" fill="none" stroke="${color}" stroke-width="${foot.rippleWidth}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${water}${ripples}</svg>`;
}

export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
