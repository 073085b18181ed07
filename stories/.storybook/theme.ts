import { defaults, partners, themes } from '@blason/theme/sample';
import { create } from 'storybook/theming/create';

/** The shared brand's light theme, as the tokens build resolved it. */
const brand = partners.find((partner) => partner.id === defaults.partner);
const tokens = themes[defaults.partner].light;
const family = (names: readonly string[]) =>
  names.map((name) => (name.includes(' ') ? `"${name}"` : name)).join(', ');

/** The brand's wordmark: its name in the display face, weight and colour of the lockup. */
const wordmark = `<span style="font-family: ${family(tokens.font.family.display).replaceAll('"', "'")}; font-weight: ${tokens.font.weight.extrabold}; font-size: 20px; letter-spacing: -0.01em; color: ${tokens.color.brand.default}">${brand?.name ?? ''}</span>`;

/**
 * Storybook's manager (sidebar, toolbar, panels) in the brand's colours and fonts: every value from
 * the tokens of the shared brand in light mode, none typed here.
 */
export const brandTheme = create({
  base: 'light',
  brandTitle: wordmark,
  brandUrl: brand?.website,
  brandTarget: '_blank',
  colorPrimary: tokens.color.brand.default,
  colorSecondary: tokens.color.accent.default,
  appBg: tokens.color.surface.subtle,
  appContentBg: tokens.color.surface.default,
  appPreviewBg: tokens.color.surface.default,
  appBorderColor: tokens.color.border.subtle,
  appBorderRadius: tokens.radius.md,
  fontBase: family(tokens.font.family.body),
  fontCode: family(tokens.font.family.mono),
  textColor: tokens.color.text.default,
  textMutedColor: tokens.color.text.muted,
  textInverseColor: tokens.color.text.inverse,
  barTextColor: tokens.color.text.muted,
  barSelectedColor: tokens.color.accent.default,
  barHoverColor: tokens.color.brand.default,
  barBg: tokens.color.surface.default,
  inputBg: tokens.color.surface.default,
  inputBorder: tokens.color.border.default,
  inputTextColor: tokens.color.text.default,
  inputBorderRadius: tokens.radius.md,
});

/** For the manager's document title. */
export const brandName = brand?.name ?? '';
