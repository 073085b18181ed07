import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const quote = style({
  margin: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['3'],
  paddingInlineStart: vars.space['6'],
  borderInlineStart: `${vars.border.width.thick} solid ${vars.color.brand.default}`,
});

export const blockquote = style({
  margin: 0,
  fontFamily: vars.font.family.display,
  fontSize: vars.font.size['2xl'],
  fontWeight: vars.font.weight.medium,
  lineHeight: vars.font.lineHeight.snug,
  color: vars.color.text.default,
});

export const words = style({ margin: 0 });

export const attribution = style({
  fontSize: vars.font.size.sm,
  color: vars.color.text.muted,
});

export const author = style({ fontWeight: vars.font.weight.semibold, color: vars.color.text.default });
