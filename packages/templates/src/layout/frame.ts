import type { FormatSpec } from '../format.js';
import { type AdvanceFace, exactAdvance, textAdvance } from '../lockup/advances.js';
import { figureFamily } from '../text/figures.js';
import {
  FONT_SIZE_STEPS,
  type FontSizeStep,
  type SpaceStep,
  type TemplateTheme,
  type TextRole,
} from '../theme.js';
import type { Composition, Rect, TextBox, TypeStep } from '../types.js';
import { rect } from './geometry.js';

/**
 * Visuals are seen smaller than their pixel size (a 1080 px post shows about 400 px wide on a
 * phone): the web type scale is doubled on the reference square format. Posters at 150 dpi are
 * read from one or two metres: body text lands near 17 pt on A4.
 */
const VIEWING_FACTOR = { screen: 2, print: 1.6 } as const;
/** Tall formats are seen as wide as a square one: their scale grows little with their height. */
const TALL_LIMIT = 1.15;
const REFERENCE_FORMAT = 'instagram-square';

/** The canvas a layout works in: format, safe area, scale and spacing. */
export interface Frame {
  format: FormatSpec;
  theme: TemplateTheme;
  composition: Composition;
  /** Canvas minus the safe zone. */
  safe: Rect;
  canvas: Rect;
  /** Multiplier from token sizes (px at 1×) to this format. */
  scale: number;
}

export function compositionOf(format: FormatSpec): Composition {
  if (format.kind === 'print') return 'poster';
  const ratio = format.width / format.height;
  if (ratio >= 1.3) return 'landscape';
  if (ratio <= 0.65) return 'story';
  if (ratio < 0.95) return 'portrait';
  return 'square';
}

export function frameOf(format: FormatSpec, theme: TemplateTheme): Frame {
  const reference = theme.format[REFERENCE_FORMAT];
  const referenceSide =
    reference && 'width' in reference ? Math.min(reference.width, reference.height) : 1080;
  const size = Math.min(
    Math.sqrt(format.width * format.height),
    Math.min(format.width, format.height) * TALL_LIMIT,
  );
  const scale = (size / referenceSide) * VIEWING_FACTOR[format.kind];
  const z = format.safeZone;
  return {
    format,
    theme,
    composition: compositionOf(format),
    canvas: rect(0, 0, format.width, format.height),
    safe: rect(z.left, z.top, format.width - z.left - z.right, format.height - z.top - z.bottom),
    scale,
  };
}

export type SpaceKey = SpaceStep;

/** A spacing token scaled to the format. */
export function space(frame: Frame, key: SpaceKey): number {
  return Math.round(frame.theme.space[key] * frame.scale);
}

/** Type-scale steps from `largest` down to `smallest`, inclusive. */
export function stepRange(largest: FontSizeStep, smallest: FontSizeStep): FontSizeStep[] {
  const from = FONT_SIZE_STEPS.indexOf(smallest);
  const to = FONT_SIZE_STEPS.indexOf(largest);
  return FONT_SIZE_STEPS.slice(from, to + 1).reverse();
}

/**
 * `step` moved `by` steps along the type scale (negative: smaller), kept between `smallest` and
 * `largest`: a unit two steps below its number, an attribution two below its quote.
 */
export function shiftStep(
  step: FontSizeStep,
  by: number,
  smallest: FontSizeStep = FONT_SIZE_STEPS[0] as FontSizeStep,
  largest: FontSizeStep = FONT_SIZE_STEPS[FONT_SIZE_STEPS.length - 1] as FontSizeStep,
): FontSizeStep {
  const index = FONT_SIZE_STEPS.indexOf(step) + by;
  const bounded = Math.min(
    FONT_SIZE_STEPS.indexOf(largest),
    Math.max(FONT_SIZE_STEPS.indexOf(smallest), index),
  );
  return FONT_SIZE_STEPS[bounded] as FontSizeStep;
}

/** The smaller of two type-scale steps. */
export function smallerStep(a: FontSizeStep, b: FontSizeStep): FontSizeStep {
  return FONT_SIZE_STEPS.indexOf(a) <= FONT_SIZE_STEPS.indexOf(b) ? a : b;
}

/** The larger of two type-scale steps. */
export function largerStep(a: FontSizeStep, b: FontSizeStep): FontSizeStep {
  return FONT_SIZE_STEPS.indexOf(a) >= FONT_SIZE_STEPS.indexOf(b) ? a : b;
}

function familyCss(family: readonly string[] | string): string {
  const list = typeof family === 'string' ? [family] : family;
  return list.map((name) => (/[\s\d]/.test(name) && !name.includes('"') ? `"${name}"` : name)).join(', ');
}

function unitlessLineHeight(lineHeight: number, fontSize: number): number {
  // A composite may carry a px line height; templates scale sizes, so they need the ratio.
  return lineHeight > 4 ? lineHeight / fontSize : lineHeight;
}

/** The sizes a text box tries, largest first. */
export type TextBoxSizes =
  /** The type scale's steps from `largest` to `smallest`. */
  | { largest: FontSizeStep; smallest: FontSizeStep; fontSizes?: never }
  /** Sizes in px: for a size fitted between two steps (a key figure's number). */
  | { fontSizes: readonly number[]; largest?: never; smallest?: never };

export type TextBoxSpec = TextBoxSizes & {
  field: string;
  text: string;
  role: TextRole;
  box: Rect;
  maxLines: number;
  align?: TextBox['align'];
  verticalAlign?: TextBox['verticalAlign'];
  uppercase?: boolean;
  /** Overrides the role's weight (e.g. a bold label). */
  fontWeight?: number;
};

/**
 * A text box whose steps are the role's style at each allowed type-scale step, scaled to the
 * format. `maxLines` is capped to what the box holds at its smallest step.
 */
export function textBox(frame: Frame, spec: TextBoxSpec): TextBox {
  const style = frame.theme.text[spec.role];
  const lineHeight = unitlessLineHeight(style.lineHeight, style.fontSize);
  const steps: TypeStep[] = [];
  const scaled = spec.fontSizes
    ? spec.fontSizes.map((fontSize) => ({ fontSize }))
    : stepRange(spec.largest, spec.smallest).map((step) => ({
        step,
        fontSize: stepPx(frame, step),
      }));
  for (const size of scaled) {
    if (!steps.some((s) => s.fontSize === size.fontSize)) steps.push({ ...size, lineHeight });
  }
  const smallest = steps[steps.length - 1] as TypeStep;
  const linePx = Math.round(smallest.fontSize * smallest.lineHeight);
  return {
    ...spec.box,
    field: spec.field,
    text: spec.text,
    role: spec.role,
    steps,
    maxLines: Math.max(1, Math.min(spec.maxLines, Math.floor(spec.box.height / linePx))),
    style: {
      fontFamily: familyCss(style.fontFamily),
      figureFamily: figureFamily(frame.theme),
      fontWeight: spec.fontWeight ?? style.fontWeight,
      fontStyle: 'normal',
      letterSpacing: Math.round(style.letterSpacing * frame.scale * 100) / 100,
      textTransform: spec.uppercase ? 'uppercase' : 'none',
    },
    align: spec.align ?? 'start',
    verticalAlign: spec.verticalAlign ?? 'start',
  };
}

/** A step of the type scale in px at the format's scale. */
export function stepPx(frame: Frame, step: FontSizeStep): number {
  return Math.round(frame.theme.font.size[step] * frame.scale);
}

/** Height of `lines` lines of a role at a step, for sizing boxes. */
export function linesHeight(frame: Frame, role: TextRole, step: FontSizeStep, lines: number): number {
  const style = frame.theme.text[role];
  const fontSize = stepPx(frame, step);
  return Math.ceil(lines * Math.round(fontSize * unitlessLineHeight(style.lineHeight, style.fontSize)));
}

/**
 * Lines a text takes at `fontSize` px in a column `width` px wide, breaking at spaces as the
 * renderer does (greedy; no-break spaces hold), with the lockup faces' advance tables: an estimate
 * for sizing boxes before fitting, on the safe side (the tables carry a small margin). A word wider
 * than the column counts as one line of its own.
 */
export function estimatedLines(text: string, fontSize: number, face: AdvanceFace, width: number): number {
  const space = exactAdvance(' ', fontSize, face);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const advance = textAdvance(word, fontSize, face);
    if (used > 0 && used + space + advance > width) {
      lines += 1;
      used = advance;
    } else used += (used > 0 ? space : 0) + advance;
  }
  return lines;
}
