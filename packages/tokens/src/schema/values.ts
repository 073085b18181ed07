import { z } from 'zod';

/** Every `$type` of the DTCG 2025.10 format module. */
export const tokenTypes = [
  'color',
  'dimension',
  'fontFamily',
  'fontWeight',
  'duration',
  'cubicBezier',
  'number',
  'strokeStyle',
  'border',
  'transition',
  'shadow',
  'gradient',
  'typography',
] as const;
export type TokenType = (typeof tokenTypes)[number];

export function isTokenType(value: unknown): value is TokenType {
  return typeof value === 'string' && (tokenTypes as readonly string[]).includes(value);
}

/** A whole-value alias: `"{color.blue.500}"`. */
export const aliasPattern = /^\{([^{}]+)\}$/;

const curlyAlias = z
  .string()
  .regex(aliasPattern, { message: 'expected a value of this field, or a reference "{group.token}"' });
const pointerAlias = z.strictObject({ $ref: z.string().startsWith('#/') });
const alias = z.union([curlyAlias, pointerAlias]);
/** A sub-value of a composite token may itself be an alias. */
const orAlias = <T extends z.ZodType>(schema: T) => z.union([schema, alias]);

export const colorSpaces = [
  'srgb',
  'srgb-linear',
  'hsl',
  'hwb',
  'lab',
  'lch',
  'oklab',
  'oklch',
  'display-p3',
  'a98-rgb',
  'prophoto-rgb',
  'rec2020',
  'xyz-d65',
  'xyz-d50',
] as const;
export type ColorSpace = (typeof colorSpaces)[number];

const component = z.union([z.number(), z.literal('none')]);

/** A component's range: `[min, max]`, `max` excluded when `open` (hues: 360 is 0). */
interface Range {
  readonly min?: number;
  readonly max?: number;
  readonly open?: true;
}
const unit: Range = { min: 0, max: 1 };
const percent: Range = { min: 0, max: 100 };
const hue: Range = { min: 0, max: 360, open: true };
const chroma: Range = { min: 0 };
const any: Range = {};
/** The component ranges of each colour space, as the DTCG 2025.10 colour module gives them. */
const componentRanges: Record<ColorSpace, readonly [Range, Range, Range]> = {
  srgb: [unit, unit, unit],
  'srgb-linear': [unit, unit, unit],
  'display-p3': [unit, unit, unit],
  'a98-rgb': [unit, unit, unit],
  'prophoto-rgb': [unit, unit, unit],
  rec2020: [unit, unit, unit],
  hsl: [hue, percent, percent],
  hwb: [hue, percent, percent],
  lab: [percent, any, any],
  lch: [percent, chroma, hue],
  oklab: [unit, any, any],
  oklch: [unit, chroma, hue],
  'xyz-d65': [any, any, any],
  'xyz-d50': [any, any, any],
};

function isInRange(value: number, range: Range): boolean {
  if (range.min !== undefined && value < range.min) return false;
  if (range.max !== undefined && (range.open ? value >= range.max : value > range.max)) return false;
  return true;
}

function describeRange(range: Range): string {
  if (range.max === undefined) return `≥ ${range.min}`;
  return range.open ? `${range.min}–${range.max} (${range.max} excluded)` : `${range.min}–${range.max}`;
}
export const colorValue = z
  .strictObject({
    colorSpace: z.enum(colorSpaces),
    components: z.tuple([component, component, component]),
    alpha: z.number().min(0).max(1).optional(),
    hex: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .optional(),
  })
  .superRefine((color, context) => {
    // Every component out of range in one message: one colour, one fault.
    const outOfRange = color.components.flatMap((value, index) => {
      const range = componentRanges[color.colorSpace][index];
      if (typeof value !== 'number' || !range || isInRange(value, range)) return [];
      return [`components.${index}: ${value} is out of ${describeRange(range)}`];
    });
    if (outOfRange.length > 0) context.addIssue({ code: 'custom', path: [], message: outOfRange.join(', ') });
    const mismatch = color.colorSpace === 'srgb' ? hexMismatch(color.components, color.hex) : undefined;
    if (mismatch) context.addIssue({ code: 'custom', path: ['hex'], message: mismatch });
  });

/**
 * DTCG makes `hex` the fallback of tools that cannot read `components`: an edit of one without the
 * other would make them silently disagree. One step of 255 is allowed for rounding.
 */
function hexMismatch(components: readonly (number | 'none')[], hex: string | undefined): string | undefined {
  if (hex === undefined) return undefined;
  const bytes = components.map((c) => Math.round((c === 'none' ? 0 : c) * 255));
  const written = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  if (bytes.every((byte, i) => Math.abs(byte - (written[i] ?? 0)) <= 1)) return undefined;
  const expected = `#${bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  return `${hex} does not match components (${expected}): change both together`;
}
export type ColorValue = z.infer<typeof colorValue>;

export const dimensionValue = z.strictObject({ value: z.number(), unit: z.enum(['px', 'rem']) });
export type DimensionValue = z.infer<typeof dimensionValue>;
export const durationValue = z.strictObject({ value: z.number().min(0), unit: z.enum(['ms', 's']) });
export type DurationValue = z.infer<typeof durationValue>;
export const fontFamilyValue = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const fontWeightKeywords = {
  thin: 100,
  hairline: 100,
  'extra-light': 200,
  'ultra-light': 200,
  light: 300,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  'semi-bold': 600,
  'demi-bold': 600,
  bold: 700,
  'extra-bold': 800,
  'ultra-bold': 800,
  black: 900,
  heavy: 900,
  'extra-black': 950,
  'ultra-black': 950,
} as const;
const weightKeywords = Object.keys(fontWeightKeywords) as [keyof typeof fontWeightKeywords];
export const fontWeightValue = z.union([z.number().min(1).max(1000), z.enum(weightKeywords)]);
export const numberValue = z.number();
export const cubicBezierValue = z
  .tuple([z.number().min(0).max(1), z.number(), z.number().min(0).max(1), z.number()])
  .describe('cubicBezier');
const strokeKeyword = z.enum(['solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'outset', 'inset']);
export const strokeStyleValue = z.union([
  strokeKeyword,
  z.strictObject({
    dashArray: z.array(orAlias(dimensionValue)).min(1),
    lineCap: z.enum(['round', 'butt', 'square']),
  }),
]);
export const borderValue = z.strictObject({
  color: orAlias(colorValue),
  width: orAlias(dimensionValue),
  style: orAlias(strokeStyleValue),
});
export const transitionValue = z.strictObject({
  duration: orAlias(durationValue),
  delay: orAlias(durationValue),
  timingFunction: orAlias(cubicBezierValue),
});
const shadowLayer = z.strictObject({
  color: orAlias(colorValue),
  offsetX: orAlias(dimensionValue),
  offsetY: orAlias(dimensionValue),
  blur: orAlias(dimensionValue),
  spread: orAlias(dimensionValue),
  inset: z.boolean().optional(),
});
export const shadowValue = z.union([shadowLayer, z.array(orAlias(shadowLayer)).min(1)]);
export const gradientValue = z
  .array(orAlias(z.strictObject({ color: orAlias(colorValue), position: orAlias(z.number().min(0).max(1)) })))
  .min(1);
export const typographyValue = z.strictObject({
  fontFamily: orAlias(fontFamilyValue),
  fontSize: orAlias(dimensionValue),
  fontWeight: orAlias(fontWeightValue),
  letterSpacing: orAlias(dimensionValue),
  lineHeight: orAlias(z.number()),
});

export const valueSchemas: Record<TokenType, z.ZodType> = {
  color: colorValue,
  dimension: dimensionValue,
  fontFamily: fontFamilyValue,
  fontWeight: fontWeightValue,
  duration: durationValue,
  cubicBezier: cubicBezierValue,
  number: numberValue,
  strokeStyle: strokeStyleValue,
  border: borderValue,
  transition: transitionValue,
  shadow: shadowValue,
  gradient: gradientValue,
  typography: typographyValue,
};

/** What a valid `$value` of each type looks like, for error messages. */
export const expectedValues: Record<TokenType, string> = {
  color:
    '{ "colorSpace": "srgb", "components": [r, g, b] (0–1; other spaces: their own ranges), "alpha"?: 0–1, "hex"?: "#rrggbb" }',
  dimension: '{ "value": number, "unit": "px" | "rem" }',
  fontFamily: 'a font name or a non-empty array of font names',
  fontWeight: 'a number 1–1000 or a DTCG weight keyword (regular, bold…)',
  duration: '{ "value": number ≥ 0, "unit": "ms" | "s" }',
  cubicBezier: '[x1, y1, x2, y2] with x1 and x2 in 0–1',
  number: 'a number',
  strokeStyle: 'a stroke keyword (solid, dashed…) or { dashArray, lineCap }',
  border: '{ color, width, style }',
  transition: '{ duration, delay, timingFunction }',
  shadow: '{ color, offsetX, offsetY, blur, spread, inset? } or an array of them',
  gradient: 'an array of { color, position (0–1) } stops',
  typography: '{ fontFamily, fontSize, fontWeight, letterSpacing, lineHeight }',
};

/** Validates `value` against its type; returns a readable reason or undefined when valid. */
export function checkValue(type: TokenType, value: unknown): string | undefined {
  const result = valueSchemas[type].safeParse(value);
  if (result.success) return undefined;
  // Every fault of the value, in one message.
  const reasons = new Set(result.error.issues.map((issue) => describeIssue(issue, [], value)));
  return [...reasons].join('; ');
}

interface LooseIssue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly errors?: readonly (readonly LooseIssue[])[];
}

/**
 * Zod reports a failed union as "Invalid input": dig into the branch that got furthest into the
 * value (a dash array's bad item rather than "not a stroke keyword"), a type mismatch counting least.
 */
function describeIssue(
  issue: LooseIssue | undefined,
  prefix: readonly PropertyKey[],
  input: unknown,
): string {
  if (!issue) return 'invalid value';
  const path = [...prefix, ...issue.path];
  const branch = issue.code === 'invalid_union' ? furthestBranch(issue.errors ?? []) : undefined;
  if (branch) return [...new Set(branch.map((inner) => describeIssue(inner, path, input)))].join('; ');
  const where = path.length > 0 ? `${path.map(String).join('.')}: ` : '';
  const missing = path.length > 0 && valueAt(input, path) === undefined;
  return `${where}${missing ? 'missing' : issue.message}`;
}

function furthestBranch(branches: readonly (readonly LooseIssue[])[]): readonly LooseIssue[] | undefined {
  const score = (issues: readonly LooseIssue[]) =>
    Math.max(
      ...issues.map(
        (issue) =>
          issue.path.length * 2 + (issue.code === 'invalid_type' || issue.code === 'invalid_union' ? 0 : 1),
      ),
    );
  let best: readonly LooseIssue[] | undefined;
  for (const issues of branches) {
    if (issues.length > 0 && (!best || score(issues) > score(best))) best = issues;
  }
  return best;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
