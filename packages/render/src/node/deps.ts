import type { ReactElement } from 'react';
import type { z } from 'zod';
import type { CopyLinter } from '../engine/copy.js';
import type { TypeStep } from '../engine/fit.js';

/**
 * What the render needs from `@blason/tokens`, `@blason/templates` and `@blason/lexicon`,
 * as structural types: the real objects fit them, and tests can pass small fixtures.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface FormatSpecLike {
  readonly id: string;
  readonly kind: 'screen' | 'print';
  readonly width: number;
  readonly height: number;
  readonly safeZone: Insets;
  readonly bleed?: number;
  readonly print?: {
    readonly trimWidthMm: number;
    readonly trimHeightMm: number;
    readonly bleedMm: number;
    /** Pixels per inch of the px layout. */
    readonly dpi: number;
  };
}

export interface TextBoxLike extends Rect {
  readonly field: string;
  readonly text: string;
  readonly steps: readonly TypeStep[];
  readonly maxLines?: number;
  readonly style: {
    readonly fontFamily: string | readonly string[];
    readonly fontWeight?: number;
    readonly fontStyle?: 'normal' | 'italic';
    readonly letterSpacing?: number;
    readonly textTransform?: 'none' | 'uppercase';
  };
}

export interface GraphicBoxLike extends Rect {
  readonly kind: string;
  readonly safe: boolean;
}

export interface LayoutLike {
  readonly safeArea: Rect;
  readonly text: readonly TextBoxLike[];
  readonly graphics: Readonly<Partial<Record<string, GraphicBoxLike>>>;
}

export interface PartnerLike {
  readonly id: string;
  readonly name: string;
}

export interface ThemeLike {
  readonly format: Readonly<Record<string, unknown>>;
  readonly color: Readonly<Record<string, unknown>>;
  readonly print?: {
    cmyk(path: string): readonly [number, number, number, number] | undefined;
    /** The tokens' CMYK of a hex colour (`@blason/tokens` owns the lookup). */
    cmykOfHex(hex: string): readonly [number, number, number, number] | undefined;
  };
}

export interface TemplateLike {
  readonly id: string;
  readonly label: string;
  readonly contentSchema: z.ZodType;
  /** Sample content that fits every format (previews, benchmarks). */
  readonly example: unknown;
  layout(
    format: FormatSpecLike,
    theme: ThemeLike,
    // biome-ignore lint/suspicious/noExplicitAny: each template has its own content type
    content: any,
    partner: PartnerLike,
    brandName?: string,
    /** The sizes chosen by the fit: the layout as drawn. */
    fitted?: Readonly<Record<string, { fontSize: number; lineHeight: number }>>,
  ): LayoutLike;
  // biome-ignore lint/suspicious/noExplicitAny: each template has its own props type
  element(props: any): ReactElement;
  // biome-ignore lint/suspicious/noExplicitAny: each template has its own content type
  altText(content: any, partner: any): string;
}

export interface BrandLike {
  readonly partners: readonly PartnerLike[];
  readonly modes: readonly string[];
  theme(partner: string, mode: string): ThemeLike;
}

/** Everything a render needs besides the job itself; built once per process or worker. */
export interface RenderDeps {
  readonly brand: BrandLike;
  readonly templates: Readonly<Record<string, TemplateLike>>;
  // biome-ignore lint/suspicious/noExplicitAny: the templates' theme type
  formatSpec(theme: any, id: string): FormatSpecLike;
  readonly formatIds: readonly string[];
  readonly linter: CopyLinter;
  /** The shared brand's name, first part of every co-branding lockup. */
  readonly brandName?: string;
  /** The pictogram of a thematic axis as an SVG data URI. */
  pictogram?(axis: string): string;
  /** The element the template draws a text box with, so fitting measures exactly that. */
  // biome-ignore lint/suspicious/noExplicitAny: the templates' box type
  textBlock?(box: any, fit: { fontSize: number; lineHeight: number }): ReactElement;
}
