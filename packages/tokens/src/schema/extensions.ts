import { z } from 'zod';

/** `$extensions["org.blason.print"]` on colour tokens: process CMYK (0–100) and an optional spot colour. */
export const printExtension = z.strictObject({
  cmyk: z.tuple([
    z.number().min(0).max(100),
    z.number().min(0).max(100),
    z.number().min(0).max(100),
    z.number().min(0).max(100),
  ]),
  pantone: z.string().min(1).optional(),
});
export type PrintExtension = z.infer<typeof printExtension>;
export type Cmyk = PrintExtension['cmyk'];

/** `$extensions["org.blason.unit"]` on number tokens: a length unit DTCG cannot express. */
export const unitExtension = z.enum(['mm']);
export type UnitExtension = z.infer<typeof unitExtension>;

export const PRINT_EXTENSION = 'org.blason.print';
export const UNIT_EXTENSION = 'org.blason.unit';
