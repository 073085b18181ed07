import { BlasonError } from '@blason/core';
import { AXIS_IDS, type TemplateTheme } from '@blason/templates';
import type { ResolvedTheme } from '@blason/tokens';

/**
 * The resolved theme seen as the templates' theme. The tokens type axes as an open record;
 * the templates need the six axis ids, so they are checked here rather than cast blindly.
 */
export function asTemplateTheme(theme: ResolvedTheme, label = 'theme'): TemplateTheme {
  const missing = AXIS_IDS.filter((axis) => !theme.color.axis[axis]);
  if (missing.length > 0) {
    throw new BlasonError('The theme lacks thematic axes the lockup templates need', [
      {
        code: 'logo/missing-axis',
        message: `${label} has no colours for ${missing.join(', ')}`,
        path: 'color.axis',
      },
    ]);
  }
  return theme as unknown as TemplateTheme;
}

/** A status colour of the theme (`danger.border`…); the tokens type the status group loosely. */
export function statusColour(theme: ResolvedTheme, status: string, role: string): string {
  const value = (theme.color.status as unknown as Record<string, Record<string, string> | undefined>)[
    status
  ]?.[role];
  if (!value) throw new Error(`theme has no color.status.${status}.${role}`);
  return value;
}
