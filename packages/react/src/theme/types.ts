import type { vars } from '@blason/theme/contract';
import type { themes } from '@blason/theme/sample';

/** Thematic axes of the brand, as named in the token contract (`color.axis.<axis>`). */
export type Axis = keyof typeof vars.color.axis;

/**
 * Partner ids (kebab-case, e.g. `pays-de-lumbres`) of the brand this package is built for: the
 * partners its themes and stylesheet hold, from the tokens build of `tokens/`.
 */
export type PartnerId = keyof typeof themes;

/** Display modes every partner defines, in the same build. */
export type Mode = keyof (typeof themes)[PartnerId];

/**
 * What the co-branding lockup needs to know about a partner: a subset of `PartnerMeta`, so the
 * partner metadata of `@blason/theme/sample` (or of `loadBrand`) can be passed as it is.
 */
export interface PartnerIdentity {
  readonly id: string;
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
