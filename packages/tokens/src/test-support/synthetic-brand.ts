/**
 * Writes a complete, valid brand (every semantic name, contrast-safe colours) into a directory:
 * the base of the broken-fixture tests and of the 50-partner benchmark.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import Color from 'colorjs.io';

export const SYNTHETIC_AXES = [
  'economie',
  'innovation',
  'culture',
  'tourisme',
  'commerce',
  'vie-quotidienne',
];
export const SYNTHETIC_MODES = ['light', 'dark', 'high-contrast', 'print'];

type Json = Record<string, unknown>;

export interface SyntheticOptions {
  readonly partners?: number;
  readonly modes?: readonly string[];
}

export function partnerIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i === 0 ? 'territoire' : `partenaire-${String(i).padStart(2, '0')}`,
  );
}

/** Every file of the brand, by path relative to the tokens dir. */
export function syntheticBrandFiles(options: SyntheticOptions = {}): Map<string, Json> {
  const partners = partnerIds(options.partners ?? 3);
  const modes = options.modes ?? SYNTHETIC_MODES;
  const files = new Map<string, Json>();
  files.set('blason.resolver.json', resolver(partners, modes));
  files.set('core/color.tokens.json', { palette: { $type: 'color', ...palette() } });
  files.set('core/typography.tokens.json', typography());
  files.set('core/dimension.tokens.json', dimensions());
  files.set('core/effect.tokens.json', effects());
  files.set('semantic/typography.tokens.json', textStyles());
  files.set('axes/axes.tokens.json', { axis: { $type: 'color', ...axisRamps() } });
  files.set('axes/axes.json', {
    axes: SYNTHETIC_AXES.map((id) => ({ id, label: id, pictogram: `../pictograms/${id}.svg` })),
  });
  files.set('formats/formats.tokens.json', formats());
  files.set('logo/lockup.tokens.json', logo());
  partners.forEach((id, index) => {
    files.set(`partners/${id}.tokens.json`, {
      partner: { accent: { $type: 'color', ...ramp(25 + index * 137.5) } },
    });
    files.set(`partners/${id}.partner.json`, {
      id,
      name: `Entité ${id}`,
      shortName: id,
      website: `https://${id}.example`,
      contact: `Entité ${id} – 62500 Saint-Omer`,
      lockup: { lines: index === 0 ? [] : [`Entité ${id}`] },
    });
  });
  for (const mode of modes) files.set(`modes/${mode}.tokens.json`, modeTokens(mode));
  files.set('contrast/pairs.json', syntheticPairs);
  return files;
}

export async function writeSyntheticBrand(dir: string, options: SyntheticOptions = {}): Promise<void> {
  for (const [file, content] of syntheticBrandFiles(options)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), `${JSON.stringify(content, null, 2)}\n`);
  }
}

function resolver(partners: readonly string[], modes: readonly string[]): Json {
  const refs = (...files: string[]) => files.map((file) => ({ $ref: file }));
  return {
    name: 'Synthetic brand',
    version: '2025.10',
    sets: {
      core: {
        sources: refs(
          'core/color.tokens.json',
          'core/typography.tokens.json',
          'core/dimension.tokens.json',
          'core/effect.tokens.json',
        ),
      },
      semantic: {
        sources: refs(
          'semantic/typography.tokens.json',
          'axes/axes.tokens.json',
          'formats/formats.tokens.json',
          'logo/lockup.tokens.json',
        ),
      },
    },
    modifiers: {
      partner: {
        contexts: Object.fromEntries(partners.map((p) => [p, refs(`partners/${p}.tokens.json`)])),
        default: partners[0],
      },
      mode: {
        contexts: Object.fromEntries(modes.map((m) => [m, refs(`modes/${m}.tokens.json`)])),
        default: modes[0],
      },
    },
    resolutionOrder: [
      { $ref: '#/sets/core' },
      { $ref: '#/sets/semantic' },
      { $ref: '#/modifiers/partner' },
      { $ref: '#/modifiers/mode' },
    ],
  };
}

export function colorToken(color: Color): Json {
  const srgb = color.to('srgb').toGamut();
  const components = srgb.coords.map((c) => Math.round((c ?? 0) * 10000) / 10000);
  const [r, g, b] = components as [number, number, number];
  const k = 1 - Math.max(r, g, b);
  const cmyk =
    k >= 1
      ? [0, 0, 0, 100]
      : [r, g, b].map((c) => Math.round(((1 - c - k) / (1 - k)) * 100)).concat(Math.round(k * 100));
  return {
    $value: { colorSpace: 'srgb', components, hex: srgb.toString({ format: 'hex', collapse: false }) },
    $extensions: { 'org.blason.print': { cmyk } },
  };
}

const steps: Record<string, [number, number]> = {
  '50': [0.975, 0.015],
  '100': [0.94, 0.035],
  '300': [0.82, 0.09],
  '700': [0.44, 0.13],
  '800': [0.37, 0.11],
  '900': [0.29, 0.08],
};

function ramp(hue: number): Json {
  return Object.fromEntries(
    Object.entries(steps).map(([step, [l, c]]) => [step, colorToken(new Color('oklch', [l, c, hue % 360]))]),
  );
}

function palette(): Json {
  const neutral = [
    '#f7f9fc',
    '#edf1f6',
    '#dde3ea',
    '#c3cbd5',
    '#98a2ae',
    '#6b7683',
    '#535d69',
    '#3e4751',
    '#2a3139',
    '#1a1f24',
    '#0f1316',
  ];
  const names = ['50', '100', '200', '300', '400', '500', '600', '700', '800', '900', '950'];
  return {
    white: colorToken(new Color('#ffffff')),
    black: colorToken(new Color('#000000')),
    neutral: Object.fromEntries(names.map((name, i) => [name, colorToken(new Color(neutral[i] as string))])),
    brand: ramp(150),
    info: ramp(250),
    success: ramp(145),
    warning: ramp(60),
    danger: ramp(25),
  };
}

function axisRamps(): Json {
  return Object.fromEntries(SYNTHETIC_AXES.map((axis, i) => [axis, ramp(i * 60 + 10)]));
}

const px = (value: number) => ({ value, unit: 'px' });
const dim = (value: number) => ({ $value: px(value) });

function typography(): Json {
  const sizes = {
    xs: 12,
    sm: 14,
    md: 16,
    lg: 18,
    xl: 20,
    '2xl': 24,
    '3xl': 30,
    '4xl': 36,
    '5xl': 48,
    '6xl': 60,
    '7xl': 72,
  };
  return {
    font: {
      family: {
        $type: 'fontFamily',
        display: { $value: ['Bricolage Grotesque', 'sans-serif'] },
        body: { $value: ['Atkinson Hyperlegible Next', 'sans-serif'] },
        mono: { $value: ['JetBrains Mono', 'monospace'] },
      },
      weight: {
        $type: 'fontWeight',
        regular: { $value: 400 },
        medium: { $value: 500 },
        semibold: { $value: 'semi-bold' },
        bold: { $value: 700 },
        extrabold: { $value: 800 },
      },
      size: { $type: 'dimension', ...Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, dim(v)])) },
      lineHeight: {
        $type: 'number',
        tight: { $value: 1.1 },
        snug: { $value: 1.25 },
        normal: { $value: 1.5 },
        relaxed: { $value: 1.7 },
      },
      letterSpacing: {
        $type: 'dimension',
        tight: dim(-0.5),
        normal: dim(0),
        wide: { $value: { value: 0.05, unit: 'rem' } },
      },
    },
  };
}

function textStyles(): Json {
  const style = (family: string, weight: string, size: string, lineHeight: string) => ({
    $value: {
      fontFamily: `{font.family.${family}}`,
      fontWeight: `{font.weight.${weight}}`,
      fontSize: `{font.size.${size}}`,
      lineHeight: `{font.lineHeight.${lineHeight}}`,
      letterSpacing: '{font.letterSpacing.normal}',
    },
  });
  return {
    text: {
      $type: 'typography',
      display: style('display', 'extrabold', '6xl', 'tight'),
      headline: style('display', 'bold', '4xl', 'tight'),
      title: style('display', 'bold', '2xl', 'snug'),
      subtitle: style('body', 'semibold', 'xl', 'snug'),
      body: style('body', 'regular', 'md', 'normal'),
      bodySmall: style('body', 'regular', 'sm', 'normal'),
      caption: style('body', 'regular', 'xs', 'normal'),
      label: style('body', 'semibold', 'sm', 'snug'),
      figure: style('display', 'extrabold', '7xl', 'tight'),
    },
  };
}

function dimensions(): Json {
  const space = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24];
  return {
    space: { $type: 'dimension', ...Object.fromEntries(space.map((s) => [String(s), dim(s * 4)])) },
    radius: {
      $type: 'dimension',
      none: dim(0),
      sm: dim(2),
      md: dim(4),
      lg: dim(8),
      xl: dim(16),
      pill: dim(9999),
    },
    border: { width: { $type: 'dimension', thin: dim(1), medium: dim(2), thick: dim(4), focus: dim(3) } },
    size: {
      $type: 'dimension',
      control: { sm: dim(32), md: dim(40), lg: dim(48) },
      icon: { sm: dim(16), md: dim(20), lg: dim(24) },
    },
  };
}

function effects(): Json {
  const shadow = (y: number, blur: number, alpha: number) => ({
    $value: {
      color: { colorSpace: 'srgb', components: [0.06, 0.07, 0.09], alpha },
      offsetX: px(0),
      offsetY: px(y),
      blur: px(blur),
      spread: px(0),
    },
  });
  const ms = (value: number) => ({ $value: { value, unit: 'ms' } });
  return {
    shadow: { $type: 'shadow', sm: shadow(1, 2, 0.12), md: shadow(4, 8, 0.14), lg: shadow(12, 24, 0.16) },
    duration: { $type: 'duration', instant: ms(0), fast: ms(120), normal: ms(200), slow: ms(320) },
    easing: {
      $type: 'cubicBezier',
      standard: { $value: [0.2, 0, 0, 1] },
      emphasized: { $value: [0.3, 0, 0, 1.2] },
    },
  };
}

function formats(): Json {
  const screen = (width: number, height: number, top = 64, bottom = 64) => ({
    width: dim(width),
    height: dim(height),
    safeZone: { top: dim(top), right: dim(64), bottom: dim(bottom), left: dim(64) },
  });
  const mm = (value: number) => ({ $value: value, $extensions: { 'org.blason.unit': 'mm' } });
  const poster = (w: number, h: number) => ({
    $type: 'number',
    trimWidth: mm(w),
    trimHeight: mm(h),
    bleed: mm(3),
    safeMargin: mm(10),
  });
  return {
    format: {
      'instagram-square': { $type: 'dimension', ...screen(1080, 1080) },
      story: { $type: 'dimension', ...screen(1080, 1920, 250, 340) },
      linkedin: { $type: 'dimension', ...screen(1200, 627) },
      'poster-a4': poster(210, 297),
    },
  };
}

function logo(): Json {
  return {
    logo: {
      $type: 'dimension',
      clearSpace: dim(24),
      minSize: {
        screen: dim(80),
        print: { $type: 'number', $value: 20, $extensions: { 'org.blason.unit': 'mm' } },
      },
      lockup: { gap: dim(16), dividerWidth: dim(1) },
    },
  };
}

interface ModeSpec {
  text: [string, string, string, string, string, string, string, string];
  surface: [string, string, string, string, string, string, string, string];
  border: [string, string, string, string];
  brand: [string, string, string];
  accent: [string, string, string];
  focus: [string, string];
  status: (s: string) => [string, string, string];
  axis: (a: string) => [string, string, string, string];
}

const lightSpec = (strong: boolean): ModeSpec => ({
  text: [
    strong ? 'palette.black' : 'palette.neutral.900',
    strong ? 'palette.neutral.800' : 'palette.neutral.600',
    'palette.white',
    strong ? 'partner.accent.900' : 'partner.accent.700',
    strong ? 'palette.black' : 'partner.accent.900',
    'palette.white',
    'palette.white',
    'palette.neutral.400',
  ],
  surface: [
    'palette.white',
    'palette.neutral.50',
    'palette.white',
    'palette.neutral.100',
    'palette.neutral.900',
    strong ? 'palette.brand.900' : 'palette.brand.700',
    strong ? 'partner.accent.900' : 'partner.accent.700',
    'partner.accent.50',
  ],
  border: [
    'palette.neutral.200',
    strong ? 'palette.neutral.900' : 'palette.neutral.600',
    'palette.neutral.100',
    'partner.accent.700',
  ],
  brand: [strong ? 'palette.brand.900' : 'palette.brand.700', 'palette.brand.900', 'palette.brand.50'],
  accent: [strong ? 'partner.accent.900' : 'partner.accent.700', 'partner.accent.900', 'partner.accent.50'],
  focus: ['palette.neutral.900', 'palette.white'],
  status: (s) => [`palette.${s}.${strong ? '900' : '800'}`, `palette.${s}.50`, `palette.${s}.700`],
  axis: (a) => [`axis.${a}.${strong ? '900' : '700'}`, 'palette.white', `axis.${a}.50`, `axis.${a}.900`],
});

const darkSpec: ModeSpec = {
  text: [
    'palette.neutral.50',
    'palette.neutral.300',
    'palette.neutral.900',
    'partner.accent.300',
    'partner.accent.100',
    'palette.neutral.950',
    'palette.neutral.950',
    'palette.neutral.500',
  ],
  surface: [
    'palette.neutral.950',
    'palette.neutral.900',
    'palette.neutral.900',
    'palette.black',
    'palette.neutral.50',
    'palette.brand.300',
    'partner.accent.300',
    'partner.accent.900',
  ],
  border: ['palette.neutral.800', 'palette.neutral.400', 'palette.neutral.900', 'partner.accent.300'],
  brand: ['palette.brand.300', 'palette.brand.100', 'palette.brand.900'],
  accent: ['partner.accent.300', 'partner.accent.100', 'partner.accent.900'],
  focus: ['palette.neutral.50', 'palette.neutral.950'],
  status: (s) => [`palette.${s}.100`, `palette.${s}.900`, `palette.${s}.300`],
  axis: (a) => [`axis.${a}.300`, 'palette.neutral.950', `axis.${a}.900`, `axis.${a}.100`],
};

function modeTokens(mode: string): Json {
  const spec = mode === 'dark' ? darkSpec : lightSpec(mode === 'high-contrast');
  const ref = (path: string) => ({ $value: `{${path}}` });
  const group = (names: readonly string[], paths: readonly string[]) =>
    Object.fromEntries(names.map((name, i) => [name, ref(paths[i] as string)]));
  return {
    color: {
      $type: 'color',
      text: group(
        ['default', 'muted', 'inverse', 'link', 'linkHover', 'onBrand', 'onAccent', 'disabled'],
        spec.text,
      ),
      surface: group(
        ['default', 'subtle', 'raised', 'sunken', 'inverse', 'brand', 'accent', 'accentSubtle'],
        spec.surface,
      ),
      border: group(['default', 'strong', 'subtle', 'accent'], spec.border),
      brand: group(['default', 'strong', 'subtle'], spec.brand),
      accent: group(['default', 'strong', 'subtle'], spec.accent),
      focus: group(['ring', 'ringOffset'], spec.focus),
      status: Object.fromEntries(
        ['info', 'success', 'warning', 'danger'].map((s) => [
          s,
          group(['text', 'surface', 'border'], spec.status(s)),
        ]),
      ),
      axis: Object.fromEntries(
        SYNTHETIC_AXES.map((a) => [a, group(['surface', 'onSurface', 'subtle', 'onSubtle'], spec.axis(a))]),
      ),
    },
  };
}

const surfaces = [
  'color.surface.default',
  'color.surface.subtle',
  'color.surface.raised',
  'color.surface.sunken',
];
export const syntheticPairs: Json = {
  thresholds: { text: 4.5, large: 3, ui: 3 },
  modes: { 'high-contrast': { text: 7, large: 4.5 } },
  pairs: [
    {
      kind: 'text',
      foreground: ['color.text.default', 'color.text.muted', 'color.text.link', 'color.text.linkHover'],
      background: surfaces,
    },
    { kind: 'text', foreground: 'color.text.inverse', background: 'color.surface.inverse' },
    { kind: 'text', foreground: 'color.text.onBrand', background: 'color.surface.brand' },
    { kind: 'text', foreground: 'color.text.onAccent', background: 'color.surface.accent' },
    { kind: 'text', foreground: 'color.status.*.text', background: 'color.status.*.surface' },
    { kind: 'text', foreground: 'color.axis.*.onSurface', background: 'color.axis.*.surface' },
    { kind: 'text', foreground: 'color.axis.*.onSubtle', background: 'color.axis.*.subtle' },
    { kind: 'ui', foreground: 'color.focus.ring', background: [...surfaces, 'color.focus.ringOffset'] },
    { kind: 'ui', foreground: 'color.border.strong', background: surfaces },
  ],
};
