import type { BorderValue, ShadowLayer, TypographyValue } from '../resolve/normalize.js';
import type { ResolvedToken } from '../resolve/references.js';
import type { Cmyk } from '../schema/extensions.js';
import { setIn } from '../util/set-in.js';
import type { axisRoles, semanticGroups } from './semantic.js';

type Names<P extends keyof typeof semanticGroups> = (typeof semanticGroups)[P]['names'][number];
type Leaf<P extends keyof typeof semanticGroups, V> = { readonly [K in Names<P>]: V };
/** `'info.text' | 'info.surface'…` → `{ info: { text, surface } }`. */
type Nest<K extends string, V> = {
  readonly [H in K extends `${infer Head}.${string}` ? Head : never]: {
    readonly [T in K extends `${H}.${infer Tail}` ? Tail : never]: V;
  };
};

export type Hex = string;
export type AxisColors = { readonly [R in (typeof axisRoles)[number]]: Hex };

export interface ScreenFormatTokens {
  readonly kind: 'screen';
  readonly width: number;
  readonly height: number;
  readonly safeZone: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
}
/** Print lengths in millimetres. */
export interface PrintFormatTokens {
  readonly kind: 'print';
  readonly trimWidth: number;
  readonly trimHeight: number;
  readonly bleed: number;
  readonly safeMargin: number;
}
export type FormatTokens = ScreenFormatTokens | PrintFormatTokens;

/** One partner × mode with every value resolved: colours as hex, lengths in px, durations in ms. */
export interface ResolvedTheme {
  /** Named `…Id` because `partner` is also a token group (`partner.accent.*`). */
  readonly partnerId: string;
  readonly modeId: string;
  readonly color: {
    readonly text: Leaf<'color.text', Hex>;
    readonly surface: Leaf<'color.surface', Hex>;
    readonly border: Leaf<'color.border', Hex>;
    readonly brand: Leaf<'color.brand', Hex>;
    readonly accent: Leaf<'color.accent', Hex>;
    readonly focus: Leaf<'color.focus', Hex>;
    readonly status: Nest<Names<'color.status'>, Hex>;
    readonly axis: Readonly<Record<string, AxisColors>>;
  };
  readonly font: {
    readonly family: Leaf<'font.family', readonly string[]>;
    readonly weight: Leaf<'font.weight', number>;
    readonly size: Leaf<'font.size', number>;
    readonly lineHeight: Leaf<'font.lineHeight', number>;
    readonly letterSpacing: Leaf<'font.letterSpacing', number>;
  };
  readonly text: Leaf<'text', TypographyValue>;
  readonly space: Leaf<'space', number>;
  readonly radius: Leaf<'radius', number>;
  readonly border: { readonly width: Leaf<'border.width', number> };
  readonly shadow: Leaf<'shadow', readonly ShadowLayer[]>;
  readonly duration: Leaf<'duration', number>;
  readonly easing: Leaf<'easing', readonly [number, number, number, number]>;
  readonly size: Nest<Names<'size'>, number>;
  readonly format: Readonly<Record<string, FormatTokens>>;
  /** Lengths as written: px for dimensions, mm for numbers marked `org.blason.unit: "mm"`. */
  readonly logo: {
    readonly clearSpace: number;
    readonly minSize: { readonly screen: number; readonly print: number };
    readonly lockup: { readonly gap: number; readonly dividerWidth: number };
  };
  readonly print: ThemePrint;
  /** Every token of the permutation (semantic and core), by dotted path. */
  readonly tokens: ReadonlyMap<string, ResolvedToken>;
}

export interface ThemePrint {
  /** CMYK (0–100) of a colour token, following aliases; undefined when the brand gives none. */
  cmyk(path: string): Cmyk | undefined;
  /** CMYK of the first token (by path) whose colour is `hex`: lets print map any brand RGB to CMYK. */
  cmykOfHex(hex: string): Cmyk | undefined;
  pantone(path: string): string | undefined;
}

export type { BorderValue, ShadowLayer, TypographyValue };

/** Builds the nested theme from one permutation's resolved tokens (already checked complete). */
export function buildTheme(
  partner: string,
  mode: string,
  tokens: ReadonlyMap<string, ResolvedToken>,
): ResolvedTheme {
  const root: Record<string, unknown> = {};
  for (const token of tokens.values()) setIn(root, token.path.split('.'), token.normalized);
  const formats = (root.format ?? {}) as Record<string, Record<string, unknown>>;
  for (const [id, format] of Object.entries(formats)) {
    formats[id] = { kind: 'trimWidth' in format ? 'print' : 'screen', ...format };
  }
  const byHex = new Map<string, Cmyk>();
  for (const token of tokens.values()) {
    if (
      token.type === 'color' &&
      token.print &&
      typeof token.normalized === 'string' &&
      !byHex.has(token.normalized)
    ) {
      byHex.set(token.normalized, token.print.cmyk);
    }
  }
  const print: ThemePrint = {
    cmyk: (path) => tokens.get(path)?.print?.cmyk,
    cmykOfHex: (hex) => byHex.get(hex.toLowerCase()),
    pantone: (path) => tokens.get(path)?.print?.pantone,
  };
  return deepFreeze({ ...root, partnerId: partner, modeId: mode, print, tokens }) as unknown as ResolvedTheme;
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || value instanceof Map || Object.isFrozen(value))
    return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
