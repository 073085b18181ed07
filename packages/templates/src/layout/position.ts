import type { CSSProperties } from 'react';
import type { Rect } from '../types.js';

/** The style that sets an element on `box`, in canvas pixels. */
export function absoluteAt(box: Rect): CSSProperties {
  return { position: 'absolute', left: box.x, top: box.y, width: box.width, height: box.height };
}
