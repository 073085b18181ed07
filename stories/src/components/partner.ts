import type { PartnerIdentity } from '@blason/react';
import { brand } from '../brand/brand.js';

/** The toolbar's partner as the components' `PartnerIdentity` (from the partner metadata files). */
export function partnerIdentity(id: string): PartnerIdentity {
  const partner = brand.partners.find((candidate) => candidate.id === id) ?? brand.partners[0];
  if (!partner) throw new Error('the brand declares no partner');
  return {
    id: partner.id,
    name: partner.name,
    shortName: partner.shortName,
    website: partner.website,
    contact: partner.contact,
    lockup: partner.lockup,
  } as PartnerIdentity;
}

/** The shared territorial brand: the partner whose id is the resolver's default. */
export const sharedBrand = { name: partnerIdentity(brand.defaults.partner).name };
