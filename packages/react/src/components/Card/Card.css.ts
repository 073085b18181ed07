import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const card = style({
  position: 'relative',
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space['3'],
  boxSizing: 'border-box',
  padding: vars.space['6'],
  borderRadius: vars.radius.lg,
  border: `${vars.border.width.thin} solid ${vars.color.border.default}`,
  backgroundColor: vars.color.surface.raised,
  color: vars.color.text.default,
  boxShadow: vars.shadow.sm,
});

/** The title link's hit area covers the card; other links in the card stay above it. */
export const stretchedLink = style({
  color: 'inherit',
  textDecorationLine: 'underline',
  textUnderlineOffset: '0.2em',
  selectors: {
    '&::after': { content: '""', position: 'absolute', inset: 0, borderRadius: vars.radius.lg },
    '&:hover': { color: vars.color.text.linkHover },
    '&:focus-visible': { outline: 'none' },
    '&:focus-visible::after': {
      outline: `${vars.border.width.focus} solid ${vars.color.focus.ring}`,
      outlineOffset: vars.border.width.focus,
    },
  },
});

export const media = style({
  display: 'block',
  width: `calc(100% + 2 * ${vars.space['6']})`,
  margin: `calc(-1 * ${vars.space['6']}) calc(-1 * ${vars.space['6']}) 0`,
  aspectRatio: '16 / 9',
  objectFit: 'cover',
  borderStartStartRadius: vars.radius.lg,
  borderStartEndRadius: vars.radius.lg,
});

export const footer = style({ marginBlockStart: 'auto', position: 'relative' });
