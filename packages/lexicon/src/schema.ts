import { z } from 'zod';
import { channels } from './channels.js';

/**
 * The lexicon file format. Every `tokens/lexicon/*.lexicon.yaml` (or `.json`) file matches
 * `lexiconFileSchema`; the published JSON Schema (`schema/lexicon.schema.json`) is generated from it.
 */

export { channels };
export const channelSchema = z.enum(channels).describe('Publication channel.');
export type Channel = z.infer<typeof channelSchema>;

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id, e.g. "pays-de-saint-omer"')
  .describe('Stable kebab-case id.');

export const partnerIdSchema = kebabId.describe('Partner id, as in tokens/partners/<id>.partner.json.');

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

const nonEmpty = z.string().min(1);

export const scopeSchema = z
  .object({
    partners: z
      .array(partnerIdSchema)
      .min(1)
      .optional()
      .describe('Partners the entry applies to (all if absent).'),
    channels: z
      .array(channelSchema)
      .min(1)
      .optional()
      .describe('Channels the entry applies to (all if absent).'),
  })
  .strict()
  .describe('Where the entry applies.');
export type Scope = z.infer<typeof scopeSchema>;

export const exampleSchema = z
  .object({
    text: nonEmpty,
    correct: z.boolean().describe('true: a good example; false: what not to write.'),
    note: z.string().optional(),
  })
  .strict();
export type Example = z.infer<typeof exampleSchema>;

const testContext = {
  partner: partnerIdSchema.optional(),
  channel: channelSchema.optional(),
};
export const selfTestSchema = z
  .union([
    z
      .object({ from: nonEmpty, to: z.string(), ...testContext })
      .strict()
      .describe("Fixing `from` with this entry's rule gives exactly `to`."),
    z
      .object({ pass: nonEmpty, ...testContext })
      .strict()
      .describe('This entry reports nothing on `pass`.'),
    z
      .object({ fail: nonEmpty, ...testContext })
      .strict()
      .describe('This entry reports at least one finding on `fail`.'),
  ])
  .describe('A self-test run by `blason check`.');
export type SelfTest = z.infer<typeof selfTestSchema>;

const common = {
  id: kebabId,
  definition: z.string().optional().describe('What the term or rule means (French).'),
  usage: z.string().optional().describe('Usage notes (French).'),
  examples: z.array(exampleSchema).optional(),
  scope: scopeSchema.optional(),
  severity: severitySchema.optional().describe('Severity of findings from this entry.'),
  tests: z.array(selfTestSchema).optional(),
};

export const acronymUses = ['always', 'after-first-mention', 'internal-only'] as const;

export const nameEntrySchema = z
  .object({
    ...common,
    kind: z.literal('name'),
    name: nonEmpty.describe('Canonical spelling, e.g. "Pays de Saint-Omer".'),
    partner: partnerIdSchema.optional().describe('Partner this name belongs to, if any.'),
    variants: z
      .array(nonEmpty)
      .optional()
      .describe('Forbidden spellings beyond the automatic case, spacing, apostrophe and St/Saint variants.'),
    acronym: z
      .object({
        value: nonEmpty,
        use: z
          .enum(acronymUses)
          .describe(
            'always; after-first-mention (full name first); internal-only (never in published text).',
          ),
        channels: z
          .array(channelSchema)
          .min(1)
          .optional()
          .describe('Channels where the acronym may appear at all (all if absent).'),
      })
      .strict()
      .optional(),
  })
  .strict();

export const termEntrySchema = z
  .object({
    ...common,
    kind: z.literal('term'),
    status: z.enum(['preferred', 'discouraged', 'forbidden']),
    term: nonEmpty,
    plural: nonEmpty.optional(),
    replacement: nonEmpty.optional().describe('French replacement (discouraged and forbidden terms).'),
    replacementPlural: nonEmpty.optional(),
    alternatives: z.array(nonEmpty).optional().describe('Other acceptable wordings, shown in the message.'),
    reason: z.string().optional().describe('Why the term is discouraged (French).'),
    autofix: z
      .boolean()
      .optional()
      .describe('Replace automatically with --fix (only when the replacement never needs grammar changes).'),
  })
  .strict();

export const verbatimEntrySchema = z
  .object({
    ...common,
    kind: z.literal('verbatim'),
    category: z.enum(['tagline', 'boilerplate', 'key-message']),
    text: nonEmpty.describe('The exact text that must appear unchanged.'),
  })
  .strict();

export const toneEntrySchema = z
  .object({
    ...common,
    kind: z.literal('tone'),
    principle: nonEmpty,
    pairs: z
      .array(z.object({ do: nonEmpty, dont: nonEmpty }).strict())
      .min(1)
      .describe('Do / don’t pairs.'),
  })
  .strict();

export const typographyRules = [
  'nbsp-colon',
  'nnbsp-punctuation',
  'guillemets',
  'quotes',
  'apostrophe',
  'ellipsis',
  'thousands',
  'ordinals',
  'space-after',
  'doubled-punctuation',
  'units',
] as const;
export type TypographyRule = (typeof typographyRules)[number];

export const typographyEntrySchema = z
  .object({
    ...common,
    kind: z.literal('typography'),
    rule: z.enum(typographyRules).describe('Built-in typographic rule this entry configures.'),
    title: nonEmpty.describe('Short French title of the rule.'),
  })
  .strict();

export const inclusiveEntrySchema = z
  .object({
    ...common,
    kind: z.literal('inclusive'),
    dotted: nonEmpty.describe('Middle-dot form, e.g. "habitant·e·s".'),
    feminine: nonEmpty,
    masculine: nonEmpty,
  })
  .strict();

export const entrySchema = z.discriminatedUnion('kind', [
  nameEntrySchema,
  termEntrySchema,
  verbatimEntrySchema,
  toneEntrySchema,
  typographyEntrySchema,
  inclusiveEntrySchema,
]);
export type Entry = z.infer<typeof entrySchema>;
export type NameEntry = z.infer<typeof nameEntrySchema>;
export type TermEntry = z.infer<typeof termEntrySchema>;
export type VerbatimEntry = z.infer<typeof verbatimEntrySchema>;
export type ToneEntry = z.infer<typeof toneEntrySchema>;
export type TypographyEntry = z.infer<typeof typographyEntrySchema>;
export type InclusiveEntry = z.infer<typeof inclusiveEntrySchema>;
export type EntryKind = Entry['kind'];

export const inclusiveModes = ['middle-dot', 'double-flexion', 'off'] as const;
export const inclusiveModeSchema = z.enum(inclusiveModes);
export type InclusiveMode = z.infer<typeof inclusiveModeSchema>;

const channelModes = z.partialRecord(channelSchema, inclusiveModeSchema);

export const policySchema = z
  .object({
    inclusive: z
      .object({
        default: inclusiveModeSchema,
        channels: channelModes.optional(),
        partners: z
          .record(
            partnerIdSchema,
            z.object({ default: inclusiveModeSchema.optional(), channels: channelModes.optional() }).strict(),
          )
          .optional(),
      })
      .strict()
      .describe('Inclusive-writing mode: partner+channel, then partner, then channel, then default.'),
    budgets: z
      .array(
        z
          .object({
            field: nonEmpty.describe('Content field name, e.g. "title".'),
            maxLength: z.number().int().positive().describe('Maximum length in user-perceived characters.'),
            channels: z.array(channelSchema).min(1).optional(),
          })
          .strict(),
      )
      .optional()
      .describe('Length budgets per content field.'),
  })
  .strict();
export type Policy = z.infer<typeof policySchema>;

export const lexiconFileSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional(),
    policy: policySchema.optional(),
    entries: z.array(entrySchema).optional(),
  })
  .strict()
  .meta({
    $id: 'https://blason.dev/schema/lexicon.schema.json',
    title: 'Blason lexicon file',
    description:
      'Lexical codes of a brand: names, terms, verbatim texts, tone, typography, inclusive writing.',
  });
export type LexiconFile = z.infer<typeof lexiconFileSchema>;

export function lexiconJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(lexiconFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
