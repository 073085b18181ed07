import type { TokenType } from '../schema/values.js';

/**
 * The semantic names every partner × mode defines (docs/TOKENS.md). Axis ids come from `axes/axes.json`
 * and format ids from the format tokens: they are brand data, not code.
 */
export const semanticGroups = {
  'color.text': {
    type: 'color',
    names: ['default', 'muted', 'inverse', 'link', 'linkHover', 'onBrand', 'onAccent', 'disabled'],
  },
  'color.surface': {
    type: 'color',
    names: ['default', 'subtle', 'raised', 'sunken', 'inverse', 'brand', 'accent', 'accentSubtle'],
  },
  'color.border': { type: 'color', names: ['default', 'strong', 'subtle', 'accent'] },
  'color.brand': { type: 'color', names: ['default', 'strong', 'subtle'] },
  'color.accent': { type: 'color', names: ['default', 'strong', 'subtle'] },
  'color.focus': { type: 'color', names: ['ring', 'ringOffset'] },
  'color.status': {
    type: 'color',
    // Written out (not built with flatMap) so the theme types `color.status.info.text`.
    names: [
      'info.text',
      'info.surface',
      'info.border',
      'success.text',
      'success.surface',
      'success.border',
      'warning.text',
      'warning.surface',
      'warning.border',
      'danger.text',
      'danger.surface',
      'danger.border',
    ],
  },
  'font.family': { type: 'fontFamily', names: ['display', 'body', 'mono'] },
  'font.weight': { type: 'fontWeight', names: ['regular', 'medium', 'semibold', 'bold', 'extrabold'] },
  'font.size': {
    type: 'dimension',
    names: ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl', '6xl', '7xl'],
  },
  'font.lineHeight': { type: 'number', names: ['tight', 'snug', 'normal', 'relaxed'] },
  'font.letterSpacing': { type: 'dimension', names: ['tight', 'normal', 'wide'] },
  text: {
    type: 'typography',
    names: ['display', 'headline', 'title', 'subtitle', 'body', 'bodySmall', 'caption', 'label', 'figure'],
  },
  space: { type: 'dimension', names: ['0', '1', '2', '3', '4', '5', '6', '8', '10', '12', '16', '20', '24'] },
  radius: { type: 'dimension', names: ['none', 'sm', 'md', 'lg', 'xl', 'pill'] },
  'border.width': { type: 'dimension', names: ['thin', 'medium', 'thick', 'focus'] },
  shadow: { type: 'shadow', names: ['sm', 'md', 'lg'] },
  duration: { type: 'duration', names: ['instant', 'fast', 'normal', 'slow'] },
  easing: { type: 'cubicBezier', names: ['standard', 'emphasized'] },
  size: {
    type: 'dimension',
    names: ['control.sm', 'control.md', 'control.lg', 'icon.sm', 'icon.md', 'icon.lg'],
  },
  logo: {
    type: ['dimension', 'number'],
    names: ['clearSpace', 'minSize.screen', 'minSize.print', 'lockup.gap', 'lockup.dividerWidth'],
  },
} as const satisfies Record<string, { type: TokenType | readonly TokenType[]; names: readonly string[] }>;

export const axisRoles = ['surface', 'onSurface', 'subtle', 'onSubtle'] as const;
export const screenFormatNames = [
  'width',
  'height',
  'safeZone.top',
  'safeZone.right',
  'safeZone.bottom',
  'safeZone.left',
] as const;
export const printFormatNames = ['trimWidth', 'trimHeight', 'bleed', 'safeMargin'] as const;

/**
 * Groups in which any name outside the contract is a stray key. `logo` and `format` may carry more
 * rules than the contract lists (e.g. lockup proportions), as long as every permutation has them.
 */
export const strictPrefixes = [
  ...Object.keys(semanticGroups).filter((group) => group !== 'logo'),
  'color.axis',
];

export interface ExpectedToken {
  readonly path: string;
  readonly types: readonly TokenType[];
}

/** Every semantic token path and its allowed types, given the brand's axes and formats. */
export function expectedSemanticTokens(
  axisIds: readonly string[],
  formats: ReadonlyMap<string, 'screen' | 'print'>,
): ExpectedToken[] {
  const expected: ExpectedToken[] = [];
  for (const [prefix, group] of Object.entries(semanticGroups)) {
    const types: readonly TokenType[] = typeof group.type === 'string' ? [group.type] : group.type;
    for (const name of group.names) expected.push({ path: `${prefix}.${name}`, types });
  }
  for (const axis of axisIds) {
    for (const role of axisRoles) expected.push({ path: `color.axis.${axis}.${role}`, types: ['color'] });
  }
  for (const [format, kind] of formats) {
    const names = kind === 'screen' ? screenFormatNames : printFormatNames;
    const types: readonly TokenType[] = kind === 'screen' ? ['dimension'] : ['number'];
    for (const name of names) expected.push({ path: `format.${format}.${name}`, types });
  }
  return expected;
}

/** A format is a print format when it has a trim size, a screen format otherwise. */
export function formatKinds(paths: Iterable<string>): Map<string, 'screen' | 'print'> {
  const kinds = new Map<string, 'screen' | 'print'>();
  for (const path of paths) {
    const match = /^format\.([^.]+)\.(.+)$/.exec(path);
    if (!match?.[1]) continue;
    const isPrint = (printFormatNames as readonly string[]).includes(match[2] ?? '');
    if (isPrint || !kinds.has(match[1])) kinds.set(match[1], isPrint ? 'print' : 'screen');
  }
  return new Map([...kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
