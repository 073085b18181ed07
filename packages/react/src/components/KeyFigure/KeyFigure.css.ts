import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const keyFigure = style({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['1'],
  margin: 0,
  paddingInlineStart: vars.space['4'],
  borderInlineStart: `${vars.border.width.thick} solid ${vars.color.border.accent}`,
});

export const figure = style({
  margin: 0,
  fontFamily: vars.text.figure.fontFamily,
  fontWeight: vars.text.figure.fontWeight,
  fontSize: `min(${vars.text.figure.fontSize}, 15vw)`,
  lineHeight: vars.text.figure.lineHeight,
  letterSpacing: vars.text.figure.letterSpacing,
  color: vars.color.text.default,
  fontVariantNumeric: 'tabular-nums',
});

export const unit = style({ fontSize: vars.font.size['2xl'], fontWeight: vars.font.weight.bold });

export const label = style({
  fontSize: vars.font.size.md,
  lineHeight: vars.font.lineHeight.snug,
  color: vars.color.text.muted,
});
