import type { FontSizeStep } from '../theme.js';
import { type Frame, stepPx, stepRange, type TextBoxSizes } from './frame.js';
import { layoutGrid } from './grid.js';

/**
 * A size for display text fitted to its room: a step of the type scale, or a size between two
 * steps, `floor` being the step below it (what goes with the text, a unit, takes its size from it).
 */
export interface FittedSize {
  readonly px: number;
  readonly floor: FontSizeStep;
}

/**
 * The type scale's steps from `largest` to `smallest`, scaled to the format, and between two steps
 * every baseline unit, largest first. For the display texts a designer scales to fill their room
 * (a key figure's number, a quote): a jump of a whole step (a quarter at the top of the scale)
 * would leave that much of it empty. With `grow` above 1, sizes above `largest` come first, every
 * baseline unit up to `grow` × its size: display numerals on a poster, larger than any text.
 */
export function fittedSizes(
  frame: Frame,
  largest: FontSizeStep,
  smallest: FontSizeStep,
  grow = 1,
): FittedSize[] {
  const { baseline } = layoutGrid(frame);
  const steps = stepRange(largest, smallest).map((step) => ({ step, px: stepPx(frame, step) }));
  const top = steps[0]?.px ?? 0;
  const above: FittedSize[] = [];
  for (let px = top + baseline; px <= Math.floor(top * grow); px += baseline)
    above.unshift({ px, floor: largest });
  return [...above, ...fittedAmong(steps, baseline)];
}

function fittedAmong(steps: readonly { step: FontSizeStep; px: number }[], baseline: number): FittedSize[] {
  return steps.flatMap((size, i) => {
    const below = steps[i + 1];
    const between: FittedSize[] = [];
    if (below) {
      for (let px = size.px - baseline; px > below.px; px -= baseline)
        between.push({ px, floor: below.step });
    }
    return [{ px: size.px, floor: size.step }, ...between];
  });
}

/** The same sizes as a text box takes them. */
export function fittedFontSizes(frame: Frame, largest: FontSizeStep, smallest: FontSizeStep): TextBoxSizes {
  return { fontSizes: fittedSizes(frame, largest, smallest).map((size) => size.px) };
}
