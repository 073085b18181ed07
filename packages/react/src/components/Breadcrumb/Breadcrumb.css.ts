import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const list = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space['2'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
  fontSize: vars.font.size.sm,
  color: vars.color.text.muted,
});

export const item = style({ display: 'inline-flex', alignItems: 'center', gap: vars.space['2'] });
export const current = style({ color: vars.color.text.default, fontWeight: vars.font.weight.semibold });
