import { globalStyle, style, styleVariants } from '@vanilla-extract/css';
import { pill } from '../../internal/pill.js';
import { vars } from '../../theme/contract.js';
import type { Axis } from '../../theme/types.js';

export const badge = style({ ...pill, gap: vars.space['2'], fontWeight: vars.font.weight.semibold });

const axisColours = (axis: Axis) => vars.color.axis[axis];

/** `strong`: the axis surface with its on-colour; `subtle`: the light tint with its on-colour. */
export const axisStrong = styleVariants(vars.color.axis, (_, axis) => ({
  color: axisColours(axis).onSurface,
  backgroundColor: axisColours(axis).surface,
  borderColor: axisColours(axis).surface,
}));

export const axisSubtle = styleVariants(vars.color.axis, (_, axis) => ({
  color: axisColours(axis).onSubtle,
  backgroundColor: axisColours(axis).subtle,
  borderColor: axisColours(axis).onSubtle,
}));

export const pictogram = style({
  display: 'inline-flex',
  flexShrink: 0,
  width: vars.size.icon.sm,
  height: vars.size.icon.sm,
});

globalStyle(`${pictogram} > svg`, { width: '100%', height: '100%' });
