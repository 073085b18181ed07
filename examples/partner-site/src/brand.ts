import { defaults, modes, partners } from '@blason/theme/sample';

/**
 * Everything the site says about the brand and its partners comes from the tokens build: names,
 * lockup lines, contacts and websites are never copied into the app.
 */
export { partners };

/** The shared territorial brand every partner co-signs (the default partner of the tokens). */
export const sharedBrand = partnerMeta(defaults.partner);

/** Modes for screens: `print` is for paper. */
export const screenModes = modes.filter((mode) => mode !== 'print');

export function partnerMeta(id: string) {
  const partner = partners.find((entry) => entry.id === id);
  if (!partner)
    throw new Error(`unknown partner "${id}" (the tokens define ${partners.map((p) => p.id).join(', ')})`);
  return partner;
}
