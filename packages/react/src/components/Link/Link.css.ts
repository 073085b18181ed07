import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

/** Links stay underlined: colour alone never tells a link from text. */
export const link = style({
  color: vars.color.text.link,
  textDecorationLine: 'underline',
  textDecorationThickness: vars.border.width.thin,
  textUnderlineOffset: '0.2em',
  borderRadius: vars.radius.sm,
  selectors: {
    '&:hover': { color: vars.color.text.linkHover, textDecorationThickness: vars.border.width.medium },
  },
});

export const externalMark = style({ marginInlineStart: '0.25em' });
