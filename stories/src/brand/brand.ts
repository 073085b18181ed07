import data from 'virtual:blason/brand';
import type { PortalAxis, PortalBrand, PortalPartner, PortalTheme } from './types.js';

const themes = new Map<string, PortalTheme>();

function theme(partner: string, mode: string): PortalTheme {
  const key = `${partner}/${mode}`;
  const cached = themes.get(key);
  if (cached) return cached;
  const source = data.themes[key];
  if (!source) {
    throw new Error(
      `unknown partner × mode "${key}" (partners: ${partnerIds.join(', ')}; modes: ${modeIds.join(', ')})`,
    );
  }
  const { cmyk, aliases, ...values } = source;
  const resolved: PortalTheme = {
    ...values,
    print: { cmyk: (path) => cmyk[path] },
    aliasOf: (path) => aliases[path],
  };
  themes.set(key, resolved);
  return resolved;
}

/** The sample brand (or any brand in `tokens/`), resolved from the token files at build time. */
export const brand: PortalBrand = {
  partners: data.partners as PortalPartner[],
  axes: data.axes as PortalAxis[],
  modes: data.modes,
  defaults: data.defaults,
  description: (path) => data.descriptions[path],
  theme,
};

export const partnerIds: readonly string[] = brand.partners.map((partner) => partner.id);
export const modeIds: readonly string[] = brand.modes;
