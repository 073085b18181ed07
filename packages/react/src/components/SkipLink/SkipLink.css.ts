import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

/** Off screen until focused, then on top of everything at the start of the page. */
export const skipLink = style({
  position: 'absolute',
  insetInlineStart: vars.space['2'],
  insetBlockStart: vars.space['2'],
  zIndex: 1000,
  padding: `${vars.space['2']} ${vars.space['4']}`,
  borderRadius: vars.radius.md,
  backgroundColor: vars.color.surface.inverse,
  color: vars.color.text.inverse,
  fontFamily: vars.font.family.body,
  fontWeight: vars.font.weight.semibold,
  textDecorationLine: 'underline',
  transform: 'translateY(-200%)',
  selectors: { '&:focus': { transform: 'none' } },
});
