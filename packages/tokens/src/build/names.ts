/** `linkHover` → `link-hover`; ids already in kebab-case stay as they are. */
export function kebab(segment: string): string {
  return segment.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export const CSS_PREFIX = 'blason';

/** `['color', 'text', 'linkHover']` → `blason-color-text-link-hover` (without the leading `--`). */
export function cssVarName(path: readonly string[], prefix = CSS_PREFIX): string {
  return [prefix, ...path.map(kebab)].join('-');
}
