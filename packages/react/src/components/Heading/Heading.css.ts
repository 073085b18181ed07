import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const heading = style({
  margin: 0,
  fontFamily: vars.font.family.display,
  color: vars.color.text.default,
  letterSpacing: vars.font.letterSpacing.tight,
  textWrap: 'balance',
});

/** Visual sizes of the type scale, independent of the outline level. */
export const size = styleVariants({
  display: {
    fontSize: vars.font.size['6xl'],
    fontWeight: vars.font.weight.extrabold,
    lineHeight: vars.font.lineHeight.tight,
  },
  headline: {
    fontSize: vars.font.size['4xl'],
    fontWeight: vars.font.weight.bold,
    lineHeight: vars.font.lineHeight.tight,
  },
  title: {
    fontSize: vars.font.size['2xl'],
    fontWeight: vars.font.weight.bold,
    lineHeight: vars.font.lineHeight.snug,
  },
  subtitle: {
    fontSize: vars.font.size.xl,
    fontWeight: vars.font.weight.semibold,
    lineHeight: vars.font.lineHeight.snug,
  },
  small: {
    fontSize: vars.font.size.lg,
    fontWeight: vars.font.weight.semibold,
    lineHeight: vars.font.lineHeight.snug,
  },
});
