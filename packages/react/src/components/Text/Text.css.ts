import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const text = style({ margin: 0, fontFamily: vars.font.family.body });

export const variant = styleVariants({
  body: { fontSize: vars.font.size.md, lineHeight: vars.font.lineHeight.relaxed },
  lead: { fontSize: vars.font.size.lg, lineHeight: vars.font.lineHeight.relaxed },
  bodySmall: { fontSize: vars.font.size.sm, lineHeight: vars.font.lineHeight.normal },
  caption: { fontSize: vars.font.size.xs, lineHeight: vars.font.lineHeight.normal },
  label: {
    fontSize: vars.font.size.sm,
    lineHeight: vars.font.lineHeight.snug,
    fontWeight: vars.font.weight.semibold,
    letterSpacing: vars.font.letterSpacing.wide,
  },
});

export const tone = styleVariants({
  default: { color: vars.color.text.default },
  muted: { color: vars.color.text.muted },
  inherit: { color: 'inherit' },
});

export const weight = styleVariants({
  regular: { fontWeight: vars.font.weight.regular },
  semibold: { fontWeight: vars.font.weight.semibold },
  bold: { fontWeight: vars.font.weight.bold },
});
