import type { IndexEntry, Theme } from './support/index.js';

/**
 * Every story and docs page is visited in these partner × mode combinations: the shared brand and a
 * partner, each in a light and a dark mode. BLASON_STORY_MATRIX=full visits all 6 × 4.
 */
export function storyThemes(partners: readonly string[], modes: readonly string[]): Theme[] {
  const full = process.env.BLASON_STORY_MATRIX === 'full';
  const chosenPartners = full ? partners : partners.slice(0, 2);
  const chosenModes = full ? modes : modes.filter((mode) => mode === 'light' || mode === 'dark');
  return chosenPartners.flatMap((partner) => chosenModes.map((mode) => ({ partner, mode })));
}

/**
 * Docs pages (autodocs and MDX) repeat stories already checked one by one: they are visited in the
 * first and the last theme of the matrix, which covers both partners and both modes.
 */
export function docsThemes(themes: readonly Theme[]): Theme[] {
  const first = themes[0];
  const last = themes.at(-1);
  if (!first || !last) return [];
  return first === last ? [first] : [first, last];
}

/**
 * Visual baselines: stories tagged `visual` (token pages and a chosen set of components) in the
 * first partner's light mode; those tagged `visual-dark` in the second partner's dark mode too.
 */
export function visualThemes(entry: IndexEntry, partners: readonly string[]): Theme[] {
  const [first = 'territoire', second = first] = partners;
  const themes = [{ partner: first, mode: 'light' }];
  if (entry.tags.includes('visual-dark')) themes.push({ partner: second, mode: 'dark' });
  return themes;
}

export const isVisual = (entry: IndexEntry): boolean =>
  entry.type === 'story' && (entry.tags.includes('visual') || entry.tags.includes('visual-dark'));

/**
 * Stories tagged `heavy` (the template gallery: nine satori renders each) are visited like docs
 * pages, in the first and last theme of the matrix, which still covers both partners and both modes.
 */
export const isHeavy = (entry: IndexEntry): boolean => entry.tags.includes('heavy');

/** Stories tagged `skip-browser-test` opt out (none should; the tag exists for a documented reason). */
export const isTested = (entry: IndexEntry): boolean => !entry.tags.includes('skip-browser-test');
