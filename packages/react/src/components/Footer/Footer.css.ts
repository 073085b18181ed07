import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const footer = style({
  paddingBlock: vars.space['8'],
  backgroundColor: vars.color.surface.subtle,
  color: vars.color.text.default,
  borderBlockStart: `${vars.border.width.thin} solid ${vars.color.border.default}`,
  fontSize: vars.font.size.sm,
});

export const layout = style({ display: 'flex', flexDirection: 'column', gap: vars.space['4'] });
export const contact = style({ margin: 0, fontStyle: 'normal', color: vars.color.text.default });

export const links = style({
  display: 'flex',
  flexWrap: 'wrap',
  gap: vars.space['4'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
});
