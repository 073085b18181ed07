import type { ReactElement } from 'react';
import { absoluteAt } from '../layout/position.js';
import type { FieldFit, TextBox } from '../types.js';
import { textRuns } from './runs.js';

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
  const runs = textRuns(box.text);
  return (
    <div
      style={{
        display: 'block',
        width,
        fontFamily: box.style.fontFamily,
        fontWeight: box.style.fontWeight,
        fontStyle: box.style.fontStyle,
        letterSpacing: box.style.letterSpacing,
        textTransform: box.style.textTransform,
        fontSize: fit.fontSize,
        lineHeight: fit.lineHeight,
        textAlign: TEXT_ALIGN[box.align],
        ...(color ? { color } : {}),
      }}
    >
      {runs.map((run, index) =>
        run.keep ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are static text in order
          <span key={index} style={{ display: 'inline-block', whiteSpace: 'nowrap' }}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </div>
  );
}

/** A text box drawn at its place in the layout. */
export function TextField(props: {
  box: TextBox;
  fitted: Partial<Record<string, FieldFit>>;
  color: string;
}): ReactElement {
  const { box, fitted, color } = props;
  return (
    <div
      style={{
        ...absoluteAt(box),
        display: 'flex',
        flexDirection: 'column',
        justifyContent: FLEX_ALIGN[box.verticalAlign],
      }}
    >
      {textBlock(box, fitOf(box, fitted), color)}
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
    if (group) out[box.field] = group;
  }
  return out;
}
