/**
 * TEMPORARY: partner and mode ids of the sample brand, until `@blason/tokens/sample` lands.
 * Replaced by the compiled sample brand; nothing else in the portal reads this list.
 */
export const partnerIds = [
  'territoire',
  'capso',
  'pays-de-lumbres',
  'agence-eco',
  'office-tourisme',
  'agence-urbanisme',
] as const;
export const modeIds = ['light', 'dark', 'high-contrast', 'print'] as const;
export const partnerLabel = (id: string): string => id;
