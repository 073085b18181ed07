import { type Frame, linesHeight, type TextBoxSizes, type TextBoxSpec, textBox } from '../layout/frame.js';
import { rows } from '../layout/geometry.js';
import type { FontSizeStep } from '../theme.js';
import type { Rect } from '../types.js';
import type { Painted, PaintedText } from './scene.js';

/** A kicker is set on the type scale. */
type StepSizes = { largest: FontSizeStep; smallest: FontSizeStep };

/**
 * A kicker: one uppercase label line over the field it introduces, moved down onto that field's
 * first line once the text is fitted (`settleScene`).
 */
export function kickerText(
  frame: Frame,
  text: string,
  box: Rect,
  color: string,
  introduces: { field: string; gap: number },
  sizes: StepSizes = { largest: 'xl', smallest: 'sm' },
): PaintedText {
  return {
    box: textBox(frame, {
      field: 'kicker',
      text,
      role: 'label',
      box,
      ...sizes,
      maxLines: 1,
      uppercase: true,
    }),
    color,
    above: introduces,
  };
}

export interface HeadingSpec {
  kicker: string | undefined;
  /** The `title` field's text and type: it is set low in what the kicker leaves. */
  title: Pick<TextBoxSpec, 'text' | 'role' | 'maxLines'> & TextBoxSizes;
  color: string;
  /** Between the kicker and the title's first line, px. */
  gap: number;
}

/** The kicker (when there is one) on a line at the top of `area`, the title bottom-aligned below. */
export function heading(frame: Frame, area: Rect, spec: HeadingSpec): Painted {
  const out: Painted = [];
  let titleArea = area;
  if (spec.kicker) {
    const kickerH = linesHeight(frame, 'label', 'xl', 1);
    const [kicker, rest] = rows(area, [kickerH, { fr: 1 }], spec.gap) as [Rect, Rect];
    titleArea = rest;
    out.push(kickerText(frame, spec.kicker, kicker, spec.color, { field: 'title', gap: spec.gap }));
  }
  out.push({
    box: textBox(frame, { field: 'title', ...spec.title, box: titleArea, verticalAlign: 'end' }),
    color: spec.color,
  });
  return out;
}
