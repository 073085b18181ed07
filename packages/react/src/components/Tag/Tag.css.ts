import { type RecipeVariants, recipe } from '@vanilla-extract/recipes';
import { pill } from '../../internal/pill.js';
import { vars } from '../../theme/contract.js';

export const tag = recipe({
  base: {
    ...pill,
    gap: vars.space['1'],
    fontWeight: vars.font.weight.medium,
    textDecoration: 'none',
  },
  variants: {
    tone: {
      neutral: {
        color: vars.color.text.default,
        backgroundColor: vars.color.surface.subtle,
        borderColor: vars.color.border.default,
      },
      accent: {
        color: vars.color.text.default,
        backgroundColor: vars.color.surface.accentSubtle,
        borderColor: vars.color.border.accent,
      },
      brand: {
        color: vars.color.text.onBrand,
        backgroundColor: vars.color.surface.brand,
        borderColor: vars.color.brand.strong,
      },
    },
    interactive: {
      true: {
        textDecorationLine: 'underline',
        textUnderlineOffset: '0.2em',
        selectors: { '&:hover': { borderColor: vars.color.border.strong } },
      },
      false: {},
    },
  },
  defaultVariants: { tone: 'neutral', interactive: false },
});

export type TagVariants = NonNullable<RecipeVariants<typeof tag>>;
