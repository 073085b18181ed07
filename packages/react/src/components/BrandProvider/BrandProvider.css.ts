import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const root = style({
  fontFamily: vars.font.family.body,
  fontSize: vars.font.size.md,
  lineHeight: vars.font.lineHeight.normal,
  color: vars.color.text.default,
  backgroundColor: vars.color.surface.default,
});
