import { style } from '@vanilla-extract/css';
import { recipe } from '@vanilla-extract/recipes';
import { vars } from '../../theme/contract.js';

const tone = (name: keyof typeof vars.color.status) => ({
  color: vars.color.status[name].text,
  backgroundColor: vars.color.status[name].surface,
  borderColor: vars.color.status[name].border,
});

export const alert = recipe({
  base: {
    display: 'flex',
    gap: vars.space['3'],
    alignItems: 'flex-start',
    padding: vars.space['4'],
    borderRadius: vars.radius.md,
    borderStyle: 'solid',
    borderWidth: vars.border.width.thin,
    borderInlineStartWidth: vars.border.width.thick,
    fontFamily: vars.font.family.body,
    fontSize: vars.font.size.md,
    lineHeight: vars.font.lineHeight.normal,
  },
  variants: {
    tone: {
      info: tone('info'),
      success: tone('success'),
      warning: tone('warning'),
      danger: tone('danger'),
    },
  },
  defaultVariants: { tone: 'info' },
});

export const icon = style({
  flexShrink: 0,
  width: vars.size.icon.md,
  height: vars.size.icon.md,
});

export const body = style({ display: 'flex', flexDirection: 'column', gap: vars.space['1'] });
export const title = style({ margin: 0, fontWeight: vars.font.weight.bold, fontSize: vars.font.size.md });
