import type { Frame } from '../layout/frame.js';
import type { Rect } from '../types.js';
import type { LockupNames, LockupVariant } from './geometry.js';
import { type PlacedLockup, placeLockup } from './place.js';

/** Places the lockup in whichever orientation is larger in `area`. */
export function bestLockup(
  frame: Frame,
  names: LockupNames,
  area: Rect,
  variant: LockupVariant,
  align: {
    align?: 'start' | 'center' | 'end';
    verticalAlign?: 'start' | 'center' | 'end';
    maxCap?: number;
  } = {},
): PlacedLockup {
  const horizontal = placeLockup(frame, names, area, { orientation: 'horizontal', variant, ...align });
  const vertical = placeLockup(frame, names, area, { orientation: 'vertical', variant, ...align });
  return vertical.geometry.capHeight > horizontal.geometry.capHeight * 1.15 ? vertical : horizontal;
}
