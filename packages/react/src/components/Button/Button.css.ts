import { keyframes, style } from '@vanilla-extract/css';
import { type RecipeVariants, recipe } from '@vanilla-extract/recipes';
import { vars } from '../../theme/contract.js';

export const button = recipe({
  base: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space['2'],
    boxSizing: 'border-box',
    borderStyle: 'solid',
    borderWidth: vars.border.width.medium,
    borderRadius: vars.radius.md,
    fontFamily: vars.font.family.body,
    fontWeight: vars.font.weight.semibold,
    lineHeight: vars.font.lineHeight.tight,
    textDecoration: 'none',
    cursor: 'pointer',
    selectors: {
      '&:disabled, &[aria-disabled="true"]': { cursor: 'not-allowed' },
      '&:disabled': {
        color: vars.color.text.disabled,
        backgroundColor: vars.color.surface.sunken,
        borderColor: vars.color.border.subtle,
      },
    },
  },
  variants: {
    variant: {
      primary: {
        color: vars.color.text.onAccent,
        backgroundColor: vars.color.accent.default,
        borderColor: vars.color.accent.default,
        selectors: {
          '&:hover:not(:disabled)': {
            backgroundColor: vars.color.accent.strong,
            borderColor: vars.color.accent.strong,
          },
        },
      },
      secondary: {
        color: vars.color.accent.strong,
        backgroundColor: vars.color.surface.default,
        borderColor: vars.color.accent.default,
        selectors: { '&:hover:not(:disabled)': { backgroundColor: vars.color.surface.accentSubtle } },
      },
      tertiary: {
        color: vars.color.text.link,
        backgroundColor: 'transparent',
        borderColor: 'transparent',
        textDecorationLine: 'underline',
        textUnderlineOffset: '0.2em',
        selectors: { '&:hover:not(:disabled)': { color: vars.color.text.linkHover } },
      },
    },
    size: {
      sm: {
        minHeight: vars.size.control.sm,
        paddingInline: vars.space['3'],
        fontSize: vars.font.size.sm,
      },
      md: {
        minHeight: vars.size.control.md,
        paddingInline: vars.space['4'],
        fontSize: vars.font.size.md,
      },
      lg: {
        minHeight: vars.size.control.lg,
        paddingInline: vars.space['6'],
        fontSize: vars.font.size.lg,
      },
    },
    iconOnly: { true: { paddingInline: 0, aspectRatio: '1' }, false: {} },
  },
  defaultVariants: { variant: 'primary', size: 'md', iconOnly: false },
});

export type ButtonVariants = NonNullable<RecipeVariants<typeof button>>;

const spin = keyframes({ to: { transform: 'rotate(360deg)' } });

/** A ring with a gap; under reduced motion it stays still (the text still says "loading"). */
export const spinner = style({
  width: '1em',
  height: '1em',
  flexShrink: 0,
  borderRadius: vars.radius.pill,
  border: `${vars.border.width.medium} solid currentColor`,
  borderInlineEndColor: 'transparent',
  animation: `${spin} 0.8s linear infinite`,
  '@media': { '(prefers-reduced-motion: reduce)': { animation: 'none' } },
});

export const icon = style({ display: 'inline-flex', width: vars.size.icon.sm, height: vars.size.icon.sm });
