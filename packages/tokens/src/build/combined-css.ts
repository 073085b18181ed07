import { cssBlock, type Entry, GENERATED_NOTE } from './formats.js';

export interface ScopedEntries {
  readonly partner: string;
  readonly mode: string;
  /** Entries that differ between permutations (the rest is shared and sits on `:root`). */
  readonly varying: readonly Entry[];
}

/**
 * One stylesheet for every partner × mode: shared values and the default permutation on `:root`,
 * each permutation scoped by `[data-partner][data-mode]`. A partner without `data-mode` gets the
 * default mode, or dark when the reader prefers a dark colour scheme.
 */
export function combinedCss(
  shared: readonly Entry[],
  scoped: readonly ScopedEntries[],
  defaults: { partner: string; mode: string },
  darkMode = 'dark',
): string {
  const attr = (name: string, value: string) => `[data-${name}="${value}"]`;
  const rootDefault = scoped.find((s) => s.partner === defaults.partner && s.mode === defaults.mode);
  const parts = [
    `/* ${GENERATED_NOTE} Every partner × mode: set data-partner and data-mode on any element. */\n`,
    cssBlock(':root', [...shared, ...(rootDefault?.varying ?? [])]),
  ];
  for (const { partner, mode, varying } of scoped) {
    const selectors = [`${attr('partner', partner)}${attr('mode', mode)}`];
    if (partner === defaults.partner) selectors.push(`${attr('mode', mode)}:not([data-partner])`);
    if (mode === defaults.mode) selectors.push(`${attr('partner', partner)}:not([data-mode])`);
    parts.push(cssBlock(selectors.join(',\n'), varying));
  }
  const dark = scoped.filter((s) => s.mode === darkMode);
  if (dark.length > 0 && darkMode !== defaults.mode) {
    const blocks = dark.map(({ partner, varying }) => {
      const selectors = [`${attr('partner', partner)}:not([data-mode])`];
      if (partner === defaults.partner) selectors.unshift(':root:not([data-mode]):not([data-partner])');
      return cssBlock(selectors.join(',\n  '), varying, '  ');
    });
    parts.push(`@media (prefers-color-scheme: dark) {\n${blocks.join('')}}\n`);
  }
  return parts.join('\n');
}
