import Color from 'colorjs.io';
import {
  type ColorSpace,
  type ColorValue,
  type DimensionValue,
  type DurationValue,
  fontWeightKeywords,
  type TokenType,
} from '../schema/values.js';

/** Root font size used to turn `rem` into px. */
export const REM_PX = 16;

export interface ShadowLayer {
  readonly color: string;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly blur: number;
  readonly spread: number;
  readonly inset: boolean;
}
export interface TypographyValue {
  readonly fontFamily: readonly string[];
  readonly fontWeight: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly letterSpacing: number;
}
export interface BorderValue {
  readonly color: string;
  readonly width: number;
  readonly style: StrokeStyleValue;
}
export type StrokeStyleValue = string | { readonly dashArray: readonly number[]; readonly lineCap: string };
export interface TransitionValue {
  readonly duration: number;
  readonly delay: number;
  readonly timingFunction: readonly [number, number, number, number];
}
export interface GradientStop {
  readonly color: string;
  readonly position: number;
}

/** A token value as code uses it: colours as hex, lengths in px, durations in ms, weights as numbers. */
export type NormalizedValue =
  | string
  | number
  | readonly string[]
  | readonly [number, number, number, number]
  | StrokeStyleValue
  | BorderValue
  | TransitionValue
  | readonly ShadowLayer[]
  | readonly GradientStop[]
  | TypographyValue;

const colorjsSpaces: Record<ColorSpace, string> = {
  srgb: 'srgb',
  'srgb-linear': 'srgb-linear',
  hsl: 'hsl',
  hwb: 'hwb',
  lab: 'lab',
  lch: 'lch',
  oklab: 'oklab',
  oklch: 'oklch',
  'display-p3': 'p3',
  'a98-rgb': 'a98rgb',
  'prophoto-rgb': 'prophoto',
  rec2020: 'rec2020',
  'xyz-d65': 'xyz-d65',
  'xyz-d50': 'xyz-d50',
};

/** `#rrggbb`, or `#rrggbbaa` when the colour is translucent; other spaces are gamut-mapped to sRGB. */
export function colorToHex(color: ColorValue): string {
  // The same palette colours come back in every permutation: convert each once.
  const key = `${color.colorSpace}|${color.components.join(',')}|${color.alpha ?? 1}`;
  let hex = hexCache.get(key);
  if (hex === undefined) {
    hex = convertToHex(color);
    hexCache.set(key, hex);
  }
  return hex;
}

const hexCache = new Map<string, string>();

function convertToHex(color: ColorValue): string {
  const coords = color.components.map((c) => (c === 'none' ? 0 : c)) as [number, number, number];
  const alpha = color.alpha ?? 1;
  const srgb = new Color(colorjsSpaces[color.colorSpace], coords, alpha).to('srgb').toGamut();
  return srgb.toString({ format: 'hex', collapse: false }).toLowerCase();
}

export function dimensionToPx(dimension: DimensionValue): number {
  return dimension.unit === 'rem' ? dimension.value * REM_PX : dimension.value;
}

export function durationToMs(duration: DurationValue): number {
  return duration.unit === 's' ? duration.value * 1000 : duration.value;
}

/** Normalises a fully dereferenced, valid `$value` of `type`. */
export function normalizeValue(type: TokenType, value: unknown): NormalizedValue {
  switch (type) {
    case 'color':
      return colorToHex(value as ColorValue);
    case 'dimension':
      return dimensionToPx(value as DimensionValue);
    case 'duration':
      return durationToMs(value as DurationValue);
    case 'fontFamily':
      return typeof value === 'string' ? [value] : (value as string[]);
    case 'fontWeight':
      return typeof value === 'number' ? value : fontWeightKeywords[value as keyof typeof fontWeightKeywords];
    case 'number':
      return value as number;
    case 'cubicBezier':
      return value as [number, number, number, number];
    case 'strokeStyle':
      return normalizeStroke(value);
    case 'border': {
      const border = value as { color: ColorValue; width: DimensionValue; style: unknown };
      return {
        color: colorToHex(border.color),
        width: dimensionToPx(border.width),
        style: normalizeStroke(border.style),
      };
    }
    case 'transition': {
      const transition = value as { duration: DurationValue; delay: DurationValue; timingFunction: number[] };
      return {
        duration: durationToMs(transition.duration),
        delay: durationToMs(transition.delay),
        timingFunction: transition.timingFunction as [number, number, number, number],
      };
    }
    case 'shadow':
      return (Array.isArray(value) ? value : [value]).map(normalizeShadow);
    case 'gradient':
      return (value as { color: ColorValue; position: number }[]).map((stop) => ({
        color: colorToHex(stop.color),
        position: stop.position,
      }));
    case 'typography': {
      const text = value as {
        fontFamily: string | string[];
        fontWeight: number | string;
        fontSize: DimensionValue;
        lineHeight: number;
        letterSpacing: DimensionValue;
      };
      return {
        fontFamily: normalizeValue('fontFamily', text.fontFamily) as string[],
        fontWeight: normalizeValue('fontWeight', text.fontWeight) as number,
        fontSize: dimensionToPx(text.fontSize),
        lineHeight: text.lineHeight,
        letterSpacing: dimensionToPx(text.letterSpacing),
      };
    }
  }
}

function normalizeStroke(value: unknown): StrokeStyleValue {
  if (typeof value === 'string') return value;
  const stroke = value as { dashArray: DimensionValue[]; lineCap: string };
  return { dashArray: stroke.dashArray.map(dimensionToPx), lineCap: stroke.lineCap };
}

function normalizeShadow(layer: unknown): ShadowLayer {
  const shadow = layer as {
    color: ColorValue;
    offsetX: DimensionValue;
    offsetY: DimensionValue;
    blur: DimensionValue;
    spread: DimensionValue;
    inset?: boolean;
  };
  return {
    color: colorToHex(shadow.color),
    offsetX: dimensionToPx(shadow.offsetX),
    offsetY: dimensionToPx(shadow.offsetY),
    blur: dimensionToPx(shadow.blur),
    spread: dimensionToPx(shadow.spread),
    inset: shadow.inset ?? false,
  };
}
