import { style } from '@vanilla-extract/css';
import { vars } from '../theme/contract.js';

/** Visible focus from the focus tokens: a ring outside an offset band, so it shows on any surface. */
export const focusRing = style({
  selectors: {
    '&:focus-visible': {
      outline: `${vars.border.width.focus} solid ${vars.color.focus.ring}`,
      outlineOffset: vars.border.width.focus,
      boxShadow: `0 0 0 ${vars.border.width.focus} ${vars.color.focus.ringOffset}`,
    },
  },
});

/** Hidden visually, still read by assistive technologies. */
export const visuallyHidden = style({
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
});

/** Transitions use the duration tokens and stop when the reader asks for reduced motion. */
export const motion = style({
  transitionDuration: vars.duration.fast,
  transitionTimingFunction: vars.easing.standard,
  transitionProperty: 'background-color, border-color, color, box-shadow',
  '@media': { '(prefers-reduced-motion: reduce)': { transition: 'none', animation: 'none' } },
});
