import { style } from '@vanilla-extract/css';
import { breakpoints } from '../../styles/breakpoints.js';
import { vars } from '../../theme/contract.js';

export const header = style({
  backgroundColor: vars.color.surface.default,
  color: vars.color.text.default,
  borderBlockEnd: `${vars.border.width.thick} solid ${vars.color.accent.default}`,
});

export const bar = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: vars.space['4'],
  paddingBlock: vars.space['2'],
});

export const navList = style({
  display: 'flex',
  flexWrap: 'wrap',
  gap: vars.space['2'],
  margin: 0,
  padding: 0,
  listStyle: 'none',
  '@media': { [breakpoints.md]: { gap: vars.space['4'] } },
});

export const navLink = style({
  display: 'inline-block',
  paddingBlock: vars.space['2'],
  paddingInline: vars.space['1'],
  color: vars.color.text.default,
  fontWeight: vars.font.weight.medium,
  textDecorationLine: 'underline',
  textDecorationColor: 'transparent',
  textUnderlineOffset: '0.3em',
  textDecorationThickness: vars.border.width.medium,
  selectors: {
    '&:hover': { textDecorationColor: 'currentColor' },
    /** The current page is underlined in the accent and marked in bold: not by colour alone. */
    '&[aria-current="page"]': {
      fontWeight: vars.font.weight.bold,
      textDecorationColor: vars.color.accent.default,
    },
  },
});
