import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const details = style({
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  columnGap: vars.space['3'],
  rowGap: vars.space['1'],
  margin: 0,
  fontSize: vars.font.size.md,
});

export const term = style({
  fontWeight: vars.font.weight.semibold,
  fontSize: vars.font.size.sm,
  color: vars.color.text.muted,
  alignSelf: 'baseline',
});

export const definition = style({ margin: 0, alignSelf: 'baseline' });

export const registration = style({ position: 'relative', alignSelf: 'flex-start' });
