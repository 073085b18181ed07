import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

/**
 * The lockup tokens are multiples of H, the cap height of the wordmark (`logo.clearSpace`,
 * `logo.lockup.gap`…). CSS says H as `1cap`; browsers without `cap` get 0.7em, close for our faces.
 */
const h = (factor: string) => [`calc(${factor} * 0.7em)`, `calc(${factor} * 1cap)`];

export const lockup = style({
  display: 'inline-flex',
  alignItems: 'center',
  boxSizing: 'content-box',
  padding: h(vars.logo.clearSpace),
  gap: h(vars.logo.lockup.gap),
  fontFamily: vars.font.family.display,
  fontSize: vars.font.size.xl,
  lineHeight: vars.font.lineHeight.tight,
  color: vars.color.text.default,
  textDecoration: 'none',
});

export const orientation = styleVariants({
  horizontal: { flexDirection: 'row' },
  vertical: { flexDirection: 'column', alignItems: 'flex-start' },
});

export const wordmark = style({
  minWidth: vars.logo.minSize.screen,
  fontWeight: vars.font.weight.extrabold,
  letterSpacing: vars.font.letterSpacing.tight,
  color: vars.color.brand.default,
  whiteSpace: 'nowrap',
});

export const divider = style({
  alignSelf: 'stretch',
  flexShrink: 0,
  width: h(vars.logo.lockup.dividerWidth),
  backgroundColor: vars.color.border.strong,
  selectors: { [`${orientation.vertical} &`]: { width: 'auto', height: h(vars.logo.lockup.dividerWidth) } },
});

export const partnerName = style({
  display: 'flex',
  flexDirection: 'column',
  fontSize: `calc(${vars.logo.lockup.partnerNameScale} * 1em)`,
  fontWeight: vars.font.weight.semibold,
  lineHeight: vars.font.lineHeight.tight,
  color: vars.color.text.default,
});

export const link = style({
  borderRadius: vars.radius.sm,
  selectors: { '&:hover': { textDecoration: 'underline' } },
});
