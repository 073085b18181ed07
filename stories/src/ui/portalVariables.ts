import type { CSSProperties } from 'react';
import { colourOf } from '../brand/paths.js';
import type { PortalTheme } from '../brand/types.js';

const stack = (family: readonly string[]) =>
  family.map((name) => (name.includes(' ') ? `"${name}"` : name)).join(', ');

/** Colours and fonts of the portal chrome, taken from the selected theme. */
export function portalVariables(theme: PortalTheme): CSSProperties {
  return {
    '--portal-surface': colourOf(theme, 'surface.default'),
    '--portal-raised': colourOf(theme, 'surface.raised'),
    '--portal-text': colourOf(theme, 'text.default'),
    '--portal-muted': colourOf(theme, 'text.muted'),
    '--portal-link': colourOf(theme, 'text.link'),
    '--portal-border': colourOf(theme, 'border.default'),
    '--portal-strong-border': colourOf(theme, 'border.strong'),
    '--portal-focus': colourOf(theme, 'focus.ring'),
    '--portal-body-font': stack(theme.font.family.body),
    '--portal-display-font': stack(theme.font.family.display),
    '--portal-mono-font': stack(theme.font.family.mono),
  } as CSSProperties;
}
