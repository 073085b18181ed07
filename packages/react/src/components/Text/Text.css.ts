import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const text = style({ margin: 0 });

/** A typography composite of the tokens (`text.body`, `text.caption`…). */
const textStyle = (name: keyof typeof vars.text) => ({
  fontFamily: vars.text[name].fontFamily,
  fontWeight: vars.text[name].fontWeight,
  fontSize: vars.text[name].fontSize,
  lineHeight: vars.text[name].lineHeight,
  letterSpacing: vars.text[name].letterSpacing,
});

export const variant = styleVariants({
  body: textStyle('body'),
  lead: { ...textStyle('body'), fontSize: vars.font.size.lg },
  bodySmall: textStyle('bodySmall'),
  caption: textStyle('caption'),
  label: textStyle('label'),
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
