import type { Transform, TransformedToken } from 'style-dictionary/types';
import { colorToHex, normalizeValue } from '../resolve/normalize.js';
import {
  type ColorValue,
  type DimensionValue,
  type DurationValue,
  fontWeightKeywords,
  isTokenType,
} from '../schema/values.js';
import { cssVarName } from './names.js';

/**
 * Value transforms that teach Style Dictionary 4.4 the DTCG 2025.10 value objects (it would print
 * `{ value, unit }` as `[object Object]`). Transitive and idempotent: an alias gets its target's value.
 */
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object';

export function cssColor(value: unknown): string {
  return isObject(value) && 'colorSpace' in value ? colorToHex(value as ColorValue) : String(value);
}
export function cssDimension(value: unknown): string {
  if (!isObject(value)) return String(value);
  const dimension = value as DimensionValue;
  return dimension.value === 0 ? '0' : `${dimension.value}${dimension.unit}`;
}
function cssDuration(value: unknown): string {
  return isObject(value)
    ? `${(value as DurationValue).value}${(value as DurationValue).unit}`
    : String(value);
}
const genericFamilies = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-sans-serif',
  'ui-serif',
  'ui-monospace',
  'math',
  'emoji',
]);
export function cssFontFamily(value: unknown): string {
  if (typeof value === 'string' && /[",]/.test(value)) return value; // already a CSS list
  const names = Array.isArray(value) ? value : [value];
  return names
    .map((name) =>
      genericFamilies.has(String(name)) ? String(name) : `"${String(name).replaceAll('"', '\\"')}"`,
    )
    .join(', ');
}
function cssFontWeight(value: unknown): string {
  return String(
    typeof value === 'string' && value in fontWeightKeywords
      ? fontWeightKeywords[value as keyof typeof fontWeightKeywords]
      : value,
  );
}
function cssCubicBezier(value: unknown): string {
  return Array.isArray(value) ? `cubic-bezier(${value.join(', ')})` : String(value);
}
function cssStroke(value: unknown): string {
  // CSS borders cannot draw a custom dash array: the closest keyword stands in.
  return isObject(value) ? 'dashed' : String(value);
}
function cssShadow(value: unknown): string {
  if (typeof value === 'string') return value;
  const layers = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
  return layers
    .map((layer) =>
      [
        layer.inset ? 'inset' : '',
        cssDimension(layer.offsetX),
        cssDimension(layer.offsetY),
        cssDimension(layer.blur),
        cssDimension(layer.spread),
        cssColor(layer.color),
      ]
        .filter(Boolean)
        .join(' '),
    )
    .join(', ');
}
function cssBorder(value: unknown): string {
  if (!isObject(value)) return String(value);
  return `${cssDimension(value.width)} ${cssStroke(value.style)} ${cssColor(value.color)}`;
}
function cssTransition(value: unknown): string {
  if (!isObject(value)) return String(value);
  return `${cssDuration(value.duration)} ${cssCubicBezier(value.timingFunction)} ${cssDuration(value.delay)}`;
}
function cssGradient(value: unknown): string {
  if (!Array.isArray(value)) return String(value);
  return `linear-gradient(${value.map((stop: Record<string, unknown>) => `${cssColor(stop.color)} ${Number(stop.position) * 100}%`).join(', ')})`;
}
function cssTypography(value: unknown): string {
  if (!isObject(value)) return String(value);
  return `${cssFontWeight(value.fontWeight)} ${cssDimension(value.fontSize)}/${String(value.lineHeight)} ${cssFontFamily(value.fontFamily)}`;
}
function cssNumber(value: unknown, token: TransformedToken): string {
  const unit = (token.$extensions as Record<string, unknown> | undefined)?.['org.blason.unit'];
  return typeof value === 'number' && unit === 'mm' ? `${value}mm` : String(value);
}

/** CSS text of a value, by `$type`. */
const cssByType: Record<string, (value: unknown, token: TransformedToken) => string> = {
  color: cssColor,
  dimension: cssDimension,
  duration: cssDuration,
  fontFamily: cssFontFamily,
  fontWeight: cssFontWeight,
  number: cssNumber,
  cubicBezier: cssCubicBezier,
  strokeStyle: cssStroke,
  shadow: cssShadow,
  border: cssBorder,
  transition: cssTransition,
  gradient: cssGradient,
  typography: cssTypography,
};

/**
 * The transforms registered on `BlasonStyleDictionary`: one name transform and one value transform
 * per platform, switching on `$type` (Style Dictionary looks every transform up by name, per platform).
 */
export const transforms: Transform[] = [
  {
    name: 'blason/name/css',
    type: 'name',
    transform: (token, platform) => cssVarName(token.path, platform.prefix),
  },
  {
    name: 'blason/value/css',
    type: 'value',
    transitive: true,
    filter: (token) => String(token.$type) in cssByType,
    transform: (token) =>
      (cssByType[String(token.$type)] as (v: unknown, t: TransformedToken) => string)(token.$value, token),
  },
  /** Values as code uses them: hex, px and ms numbers (the same as `loadBrand`). */
  {
    name: 'blason/value/normalized',
    type: 'value',
    transitive: true,
    filter: (token) => isTokenType(token.$type),
    transform: (token) => {
      const type = token.$type;
      if (!isTokenType(type) || isNormalized(token.$value, type)) return token.$value;
      return normalizeValue(type, token.$value);
    },
  },
];

/** Already-normalized values come back when a transitive transform meets a resolved alias. */
function isNormalized(value: unknown, type: string): boolean {
  switch (type) {
    case 'color':
      return typeof value === 'string';
    case 'dimension':
    case 'duration':
    case 'fontWeight':
      return typeof value === 'number';
    case 'shadow':
    case 'gradient':
      return Array.isArray(value) && value.every((item) => isObject(item) && typeof item.color === 'string');
    case 'border':
      return isObject(value) && typeof value.color === 'string' && typeof value.width === 'number';
    case 'typography':
      return isObject(value) && typeof value.fontSize === 'number';
    case 'transition':
      return isObject(value) && typeof value.duration === 'number';
    case 'strokeStyle':
      return (
        typeof value === 'string' ||
        (isObject(value) && (value.dashArray as unknown[]).every((d) => typeof d === 'number'))
      );
    case 'fontFamily':
      return Array.isArray(value);
    default:
      return true;
  }
}

export const cssTransforms = ['blason/name/css', 'blason/value/css'];
export const valueTransforms = ['blason/name/css', 'blason/value/normalized'];
