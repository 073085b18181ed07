import { style, styleVariants } from '@vanilla-extract/css';
import { breakpoints } from '../../styles/breakpoints.js';
import { vars } from '../../theme/contract.js';

export const container = style({
  boxSizing: 'border-box',
  width: '100%',
  marginInline: 'auto',
  paddingInline: vars.space['4'],
  '@media': { [breakpoints.md]: { paddingInline: vars.space['8'] } },
});

/**
 * Reading measures in `rem` (layout widths are not brand tokens): narrow ≈ 70 characters of body text.
 */
export const width = styleVariants({
  narrow: { maxWidth: '45rem' },
  default: { maxWidth: '75rem' },
  wide: { maxWidth: '90rem' },
});
