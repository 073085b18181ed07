import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

export const heading = style({
  margin: 0,
  color: vars.color.text.default,
  textWrap: 'balance',
});

type TextStyle = keyof typeof vars.text;

/** A typography composite of the tokens; the two largest shrink with narrow viewports. */
const textStyle = (name: TextStyle, maxViewportWidth?: string) => ({
  fontFamily: vars.text[name].fontFamily,
  fontWeight: vars.text[name].fontWeight,
  fontSize: maxViewportWidth
    ? `min(${vars.text[name].fontSize}, ${maxViewportWidth})`
    : vars.text[name].fontSize,
  lineHeight: vars.text[name].lineHeight,
  letterSpacing: vars.text[name].letterSpacing,
});

/** Visual sizes of the type scale, independent of the outline level. */
export const size = styleVariants({
  display: textStyle('display', '13vw'),
  headline: textStyle('headline', '10vw'),
  title: textStyle('title'),
  subtitle: textStyle('subtitle'),
  small: {
    fontFamily: vars.text.subtitle.fontFamily,
    fontWeight: vars.text.subtitle.fontWeight,
    fontSize: vars.font.size.md,
    lineHeight: vars.text.subtitle.lineHeight,
  },
});
