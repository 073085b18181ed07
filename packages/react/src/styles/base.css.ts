import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../theme/contract.js';

/**
 * Body typography, text colour and background wherever a theme applies: on the page itself
 * (`:root`, themed by `data-partner` / `data-mode` on `<html>` or by the stylesheet's defaults) and
 * on any element carrying the attributes (`BrandProvider`, or a section of the page in another mode).
 * Without it, a dark mode set on `<html>` would draw its near-white text on the browser's white page.
 */
globalStyle(':root, [data-partner], [data-mode]', {
  fontFamily: vars.font.family.body,
  fontSize: vars.font.size.md,
  lineHeight: vars.font.lineHeight.normal,
  color: vars.color.text.default,
  backgroundColor: vars.color.surface.default,
});

/** Form controls take the page's font instead of the system's (zero specificity: components win). */
globalStyle(':where(button, input, select, textarea)', { font: 'inherit' });
