import type { ResolvedTheme } from '@blason/tokens/theme';

type StatusColours = ResolvedTheme['color']['status'];

/** A status colour of the theme (`danger.border`…), used by the usage sheet's do/don't marks. */
export function statusColour(
  theme: Pick<ResolvedTheme, 'color'>,
  status: keyof StatusColours,
  role: keyof StatusColours[keyof StatusColours],
): string {
  return theme.color.status[status][role];
}
