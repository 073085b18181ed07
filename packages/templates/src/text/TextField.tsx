import { type CSSProperties, Fragment, type ReactElement, type ReactNode } from 'react';
import { absoluteAt } from '../layout/position.js';
import type { FieldFit, TextBox } from '../types.js';
import { figurePieces, type TextRun, textRuns } from './runs.js';

const FLEX_ALIGN = { start: 'flex-start', center: 'center', end: 'flex-end' } as const;
const TEXT_ALIGN = { start: 'left', center: 'center', end: 'right' } as const;

/** The size a box is drawn at: the engine's choice, else its smallest step. */
export function fitOf(box: TextBox, fitted: Partial<Record<string, FieldFit>>): FieldFit {
  const chosen = fitted[box.field];
  if (chosen) return chosen;
  const smallest = box.steps[box.steps.length - 1];
  if (!smallest) throw new Error(`Text box ${box.field} has no type-scale step`);
  return smallest;
}

/**
 * The text of a box as a block of `box.width`, no height: the element the engine measures when
 * fitting and the one the template draws, so the fit matches the render exactly. Measure its
 * height at the box width and its narrowest width with `width: 'min-content'` (unbreakable runs
 * such as URLs or "Inscrivez-vous :" are drawn `nowrap`, so they overflow rather than wrap).
 */
export function textBlock(
  box: Pick<TextBox, 'text' | 'width' | 'style' | 'align'>,
  fit: FieldFit,
  color?: string,
  width: number | 'min-content' = box.width,
): ReactElement {
  return placedBlock(box, fit, color, width);
}

/** The text block, positioned by `at` when given (`TextField`). */
function placedBlock(
  box: Pick<TextBox, 'text' | 'width' | 'style' | 'align'>,
  fit: FieldFit,
  color: string | undefined,
  width: number | 'min-content',
  at: CSSProperties = {},
): ReactElement {
  if (fit.lineTexts) return brokenBlock(box, fit, fit.lineTexts, color, width, at);
  return (
    <div
      style={{
        ...at,
        display: 'block',
        width,
        ...typeOf(box, fit, color),
        textAlign: TEXT_ALIGN[box.align],
        // Lines of even length: no lone word on a last line when a better break exists.
        textWrap: 'balance',
      }}
    >
      {textRuns(box.text).map((run, index) => drawRun(run, index, box.style))}
    </div>
  );
}

/**
 * The text on the lines the engine broke it into: one `nowrap` item per line, as wide as its
 * advance and aligned as the box (`data-line` numbers it for the engine's measures). A line is
 * drawn with the same runs as a wrapping block, so it is spaced as one; it is one element, as
 * satori's time grows with the elements it lays out.
 */
function brokenBlock(
  box: Pick<TextBox, 'width' | 'style' | 'align'>,
  fit: FieldFit,
  lines: readonly string[],
  color: string | undefined,
  width: number | 'min-content',
  at: CSSProperties,
): ReactElement {
  return (
    <div style={{ ...at, display: 'flex', flexDirection: 'column', width, ...typeOf(box, fit, color) }}>
      {lines.map((line, index) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are static text in order
          key={index}
          data-line={index}
          style={{ display: 'block', whiteSpace: 'nowrap', alignSelf: FLEX_ALIGN[box.align] }}
        >
          {textRuns(line).map((run, at) => drawRun(run, at, box.style))}
        </div>
      ))}
    </div>
  );
}

/** The box's type at the fitted size, in its colour when given. */
function typeOf(box: Pick<TextBox, 'style'>, fit: FieldFit, color: string | undefined) {
  return {
    fontFamily: box.style.fontFamily,
    fontWeight: box.style.fontWeight,
    fontStyle: box.style.fontStyle,
    letterSpacing: box.style.letterSpacing,
    textTransform: box.style.textTransform,
    fontSize: fit.fontSize,
    lineHeight: fit.lineHeight,
    ...(color ? { color } : {}),
  };
}

/** A run, `nowrap` when it must not break, its figures in the box's figure face. */
function drawRun(run: TextRun, index: number, style: TextBox['style']): ReactNode {
  const content = withFigures(run.text, style);
  if (!run.keep) return typeof content === 'string' ? content : <Fragment key={index}>{content}</Fragment>;
  return (
    <span key={index} style={{ display: 'inline-block', whiteSpace: 'nowrap' }}>
      {content}
    </span>
  );
}

/**
 * The text with its figures set in `style.figureFamily` (a face with a plain zero, where the box's
 * face slashes it: « 2027 », not « 2Ø27 »); the text itself when there is no such face.
 */
function withFigures(text: string, style: TextBox['style']): ReactNode {
  const face = style.figureFamily;
  if (face === undefined || face === style.fontFamily) return text;
  const pieces = figurePieces(text);
  if (!pieces.some((piece) => piece.figures)) return text;
  return pieces.map((piece, index) =>
    piece.figures ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: pieces are static text in order
      <span key={index} style={{ fontFamily: face }}>
        {piece.text}
      </span>
    ) : (
      piece.text
    ),
  );
}

/** Where a text block stands in its box's height, as a share of the room it leaves. */
const VERTICAL_SHARE = { start: 0, center: 0.5, end: 1 } as const;

/**
 * A text box drawn at its place in the layout. With the height the engine measured, the block is
 * set at its place itself; otherwise a column of the box's height aligns it. Satori's time grows
 * with the elements it lays out, and most boxes are fitted: one element per text is saved.
 */
export function TextField(props: {
  box: TextBox;
  fitted: Partial<Record<string, FieldFit>>;
  color: string;
}): ReactElement {
  const { box, fitted, color } = props;
  const fit = fitOf(box, fitted);
  if (fit.height !== undefined) {
    const top = box.y + (box.height - fit.height) * VERTICAL_SHARE[box.verticalAlign];
    return placedBlock(box, fit, color, box.width, { position: 'absolute', left: box.x, top });
  }
  return (
    <div
      style={{
        ...absoluteAt(box),
        display: 'flex',
        flexDirection: 'column',
        justifyContent: FLEX_ALIGN[box.verticalAlign],
      }}
    >
      {textBlock(box, fit, color)}
    </div>
  );
}

/** Fits with every group of boxes brought down to its smallest member. */
export function groupFits(
  boxes: readonly TextBox[],
  fitted: Partial<Record<string, FieldFit>>,
): Record<string, FieldFit> {
  const out: Record<string, FieldFit> = {};
  const smallest = new Map<string, FieldFit>();
  for (const box of boxes) {
    const fit = fitOf(box, fitted);
    out[box.field] = fit;
    if (box.group === undefined) continue;
    const current = smallest.get(box.group);
    if (!current || fit.fontSize < current.fontSize) smallest.set(box.group, fit);
  }
  for (const box of boxes) {
    const group = box.group === undefined ? undefined : smallest.get(box.group);
    // Another member's lines and height are not this box's: at the group's size it wraps by itself.
    if (group && group !== out[box.field]) out[box.field] = sizeOf(group);
  }
  return out;
}

function sizeOf(fit: FieldFit): FieldFit {
  return { fontSize: fit.fontSize, lineHeight: fit.lineHeight };
}
