import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.js';

/** A logo is never shown below its minimum width (`logo.minSize.screen`). */
export const image = style({ display: 'block', minWidth: vars.logo.minSize.screen, height: 'auto' });

export const wordmark = style({
  display: 'inline-block',
  minWidth: vars.logo.minSize.screen,
  fontFamily: vars.font.family.display,
  fontWeight: vars.font.weight.extrabold,
  fontSize: vars.font.size.xl,
  lineHeight: vars.font.lineHeight.tight,
  letterSpacing: vars.font.letterSpacing.tight,
  color: vars.color.accent.strong,
});
