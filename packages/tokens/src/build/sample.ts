import type { AxisMeta, PartnerMeta } from '../schema/metadata.js';
import { setIn } from '../util/set-in.js';
import { type Entry, GENERATED_NOTE, nest } from './formats.js';

export interface SampleInput {
  readonly partners: readonly PartnerMeta[];
  readonly axes: readonly AxisMeta[];
  readonly modes: readonly string[];
  readonly defaults: { readonly partner: string; readonly mode: string };
  readonly shared: readonly Entry[];
  readonly varying: readonly {
    readonly partner: string;
    readonly mode: string;
    readonly values: readonly Entry[];
  }[];
  /** The module the declarations import `AxisMeta`, `PartnerMeta` and `ResolvedTheme` from. */
  readonly typesModule: string;
}

/**
 * A typed ES module of the resolved brand (`@blason/theme/sample`): the same values as
 * `loadBrand().theme()` without reading any file, for browsers and templates.
 */
export function sampleModule(input: SampleInput): { js: string; dts: string } {
  const varying: Record<string, Record<string, unknown>> = {};
  for (const { partner, mode, values } of input.varying) setIn(varying, [partner, mode], nest(values));
  // Axis pictograms are absolute paths on the build machine: keep the file as written instead.
  const axes = input.axes.map(({ pictogramFile: _, ...axis }) => axis);
  const js = [
    `// ${GENERATED_NOTE}`,
    `export const partners = ${JSON.stringify(input.partners, null, 2)};`,
    `export const axes = ${JSON.stringify(axes, null, 2)};`,
    `export const modes = ${JSON.stringify(input.modes)};`,
    `export const defaults = ${JSON.stringify(input.defaults)};`,
    `const shared = ${JSON.stringify(nest(input.shared))};`,
    `const varying = ${JSON.stringify(varying)};`,
    '',
    'function merge(base, over) {',
    '  const out = { ...base };',
    '  for (const [key, value] of Object.entries(over)) {',
    "    const isGroup = value && typeof value === 'object' && !Array.isArray(value) && out[key] && typeof out[key] === 'object' && !Array.isArray(out[key]);",
    '    out[key] = isGroup ? merge(out[key], value) : value;',
    '  }',
    '  return out;',
    '}',
    'function withFormatKinds(theme) {',
    '  const format = Object.fromEntries(',
    "    Object.entries(theme.format ?? {}).map(([id, f]) => [id, { kind: 'trimWidth' in f ? 'print' : 'screen', ...f }]),",
    '  );',
    '  return { ...theme, format };',
    '}',
    '',
    'export const themes = Object.fromEntries(',
    '  Object.entries(varying).map(([partner, byMode]) => [',
    '    partner,',
    '    Object.fromEntries(',
    '      Object.entries(byMode).map(([mode, values]) => [mode, { ...withFormatKinds(merge(shared, values)), partnerId: partner, modeId: mode }]),',
    '    ),',
    '  ]),',
    ');',
    '',
    'export function sampleTheme(partner, mode) {',
    '  const theme = themes[partner]?.[mode];',
    "  if (!theme) throw new Error('unknown partner × mode: ' + partner + ' × ' + mode);",
    '  return theme;',
    '}',
    '',
    'export const sampleBrand = { partners, axes, modes, defaults, themes, theme: sampleTheme };',
    '',
  ].join('\n');
  const union = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(' | ') || 'never';
  const partnerIds = input.varying.map((v) => v.partner).filter((p, i, all) => all.indexOf(p) === i);
  const dts = [
    `// ${GENERATED_NOTE}`,
    `import type { AxisMeta, PartnerMeta, ResolvedTheme } from ${JSON.stringify(input.typesModule)};`,
    '',
    `export type SamplePartner = ${union(partnerIds)};`,
    `export type SampleMode = ${union(input.modes)};`,
    '/** A resolved theme as data: `ResolvedTheme` without the print helpers and the token map. */',
    "export type SampleTheme = Omit<ResolvedTheme, 'print' | 'tokens'>;",
    'export declare const partners: readonly PartnerMeta[];',
    "export declare const axes: readonly Omit<AxisMeta, 'pictogramFile'>[];",
    'export declare const modes: readonly SampleMode[];',
    'export declare const defaults: { readonly partner: SamplePartner; readonly mode: SampleMode };',
    'export declare const themes: { readonly [P in SamplePartner]: { readonly [M in SampleMode]: SampleTheme } };',
    'export declare function sampleTheme(partner: SamplePartner, mode: SampleMode): SampleTheme;',
    'export declare const sampleBrand: {',
    '  readonly partners: typeof partners;',
    '  readonly axes: typeof axes;',
    '  readonly modes: typeof modes;',
    '  readonly defaults: typeof defaults;',
    '  readonly themes: typeof themes;',
    '  readonly theme: typeof sampleTheme;',
    '};',
    '',
  ].join('\n');
  return { js, dts };
}
