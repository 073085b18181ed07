import type { vars } from './contract.js';

/** Thematic axes of the brand, as named in the token contract (`color.axis.<axis>`). */
export type Axis = keyof typeof vars.color.axis;

/** Display modes every partner defines (docs/TOKENS.md). */
export const modes = ['light', 'dark', 'high-contrast', 'print'] as const;
export type Mode = (typeof modes)[number];

/** Partner ids are data (kebab-case, e.g. `pays-de-lumbres`); the brand decides which exist. */
export type PartnerId = string;

/** What the co-branding lockup needs to know about a partner (a subset of `PartnerMeta`). */
export interface PartnerIdentity {
  readonly id: PartnerId;
  /** Official name, e.g. "Communauté d’agglomération du Pays de Saint-Omer". */
  readonly name: string;
  readonly shortName?: string;
  readonly website?: string;
  readonly contact?: string;
  /** How the partner name breaks in the co-branding lockup (at most `logo.lockup.maxPartnerLines`). */
  readonly lockup?: { readonly lines: readonly string[] };
}

/** The shared territorial brand every partner co-signs. */
export interface SharedBrand {
  readonly name: string;
}
