import type { TemplateTheme } from '../theme.js';

/**
 * The face a text box sets its figures in (dates, times, key figures, numbers in running text):
 * the brand's display face. The body face, Atkinson Hyperlegible Next, draws a slashed zero
 * (« 2Ø27 », « 17 h 3Ø ») and satori applies no OpenType feature that would turn it off.
 */
export function figureFamily(theme: Pick<TemplateTheme, 'font'>): string {
  const family = theme.font.family.display;
  const list: readonly string[] = typeof family === 'string' ? [family] : family;
  return list.map((name) => (/[\s\d]/.test(name) && !name.includes('"') ? `"${name}"` : name)).join(', ');
}
