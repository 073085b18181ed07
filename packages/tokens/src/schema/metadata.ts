import { z } from 'zod';

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a kebab-case id');
const text = z.string().trim().min(1, 'empty text');

/** `partners/<id>.partner.json`: who the partner is and how it is named (not tokens). */
export const partnerMetaSchema = z.strictObject({
  $schema: z.string().optional(),
  id: kebabId,
  /** Full official name, used at first mention. */
  name: text,
  /**
   * The article the name takes in running French text (« avec la Communauté… », « Visuel de
   * l’Office… », « du Pays… »); absent for a name used without one. Never guessed from the name.
   */
  article: z.enum(['le', 'la', 'l’', 'les']).optional(),
  shortName: text,
  /** The acronym and where it may stand for the name. */
  acronym: z
    .strictObject({
      value: text,
      use: z.enum(['never', 'internal', 'after-first-mention', 'everywhere']),
      /** Where the acronym may stand alone (the lexicon's channels). */
      channels: z.array(z.enum(['web', 'social', 'print', 'official'])).optional(),
      /** The rule in French, as shown in the glossary. */
      rule: text.optional(),
    })
    .optional(),
  description: text.optional(),
  website: z.url({ protocol: /^https?$/ }),
  email: z.email().optional(),
  /** The contact line printed on visuals and in the kit. */
  contact: text,
  /** The partner name as split on the co-branding lockup; empty for the shared brand itself. */
  lockup: z.strictObject({ lines: z.array(text).max(3) }),
  /** French name of the accent colour, for the guidelines. */
  accentName: text.optional(),
});
export type PartnerMeta = z.output<typeof partnerMetaSchema>;

/** `axes/axes.json`: the thematic axes, their French label and pictogram (not tokens). */
export const axisMetaSchema = z.strictObject({
  id: kebabId,
  label: text,
  description: text.optional(),
  /** Pictogram SVG, relative to `axes/axes.json` as written in the file. */
  pictogram: text,
});
/** An axis with its pictogram resolved to an absolute path. */
export type AxisMeta = z.output<typeof axisMetaSchema> & { readonly pictogramFile: string };
export const axesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  axes: z.array(axisMetaSchema).min(1),
});
