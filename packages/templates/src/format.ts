import type { Insets, PrintFormatTokens, ScreenFormatTokens, TemplateTheme } from './theme.js';

export const SCREEN_FORMAT_IDS = [
  'instagram-square',
  'instagram-portrait',
  'story',
  'linkedin',
  'open-graph',
  'x',
  'facebook-event',
] as const;
export const PRINT_FORMAT_IDS = ['poster-a4', 'poster-a3'] as const;
export const FORMAT_IDS = [...SCREEN_FORMAT_IDS, ...PRINT_FORMAT_IDS] as const;

export type ScreenFormatId = (typeof SCREEN_FORMAT_IDS)[number];
export type PrintFormatId = (typeof PRINT_FORMAT_IDS)[number];
export type FormatId = ScreenFormatId | PrintFormatId;

/** Each format's name as communications officers call it (the studio, the kit's contact sheet). */
export const FORMAT_LABELS: Readonly<Record<FormatId, string>> = {
  'instagram-square': 'Instagram, carré',
  'instagram-portrait': 'Instagram, portrait',
  story: 'Story',
  linkedin: 'LinkedIn',
  'open-graph': 'Partage de lien (Open Graph)',
  x: 'X',
  'facebook-event': 'Événement Facebook',
  'poster-a4': 'Affiche A4',
  'poster-a3': 'Affiche A3',
};

/** The French name of a format; an id the templates do not know is shown as it is. */
export function formatLabel(id: string): string {
  return (FORMAT_LABELS as Readonly<Record<string, string>>)[id] ?? id;
}

/** Print raster resolution of the layout canvas: print formats are laid out at 150 dpi. */
export const PRINT_DPI = 150;
const MM_PER_INCH = 25.4;

export interface PrintGeometry {
  trimWidthMm: number;
  trimHeightMm: number;
  bleedMm: number;
  safeMarginMm: number;
  dpi: number;
}

/**
 * A format as templates lay it out, in pixels. For print the canvas includes the bleed, and
 * `safeZone` is measured from the canvas edge (bleed + print safe margin).
 */
export interface FormatSpec {
  id: FormatId;
  kind: 'screen' | 'print';
  width: number;
  height: number;
  safeZone: Insets;
  /** Bleed on every side, in px (print only). */
  bleed?: number;
  print?: PrintGeometry;
}

export function isPrintFormatId(id: string): id is PrintFormatId {
  return (PRINT_FORMAT_IDS as readonly string[]).includes(id);
}

export function isFormatId(id: string): id is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(id);
}

export function mmToPx(mm: number, dpi = PRINT_DPI): number {
  return (mm / MM_PER_INCH) * dpi;
}

/** Builds the {@link FormatSpec} of a format from the resolved `format.*` tokens. */
export function formatSpec(theme: Pick<TemplateTheme, 'format'>, id: FormatId): FormatSpec {
  const tokens = theme.format[id];
  if (tokens === undefined) throw new Error(`Unknown format "${id}": no format.${id} token in the theme`);
  if (isPrintFormatId(id)) return printSpec(id, tokens as PrintFormatTokens);
  const screen = tokens as ScreenFormatTokens;
  return { id, kind: 'screen', width: screen.width, height: screen.height, safeZone: { ...screen.safeZone } };
}

function printSpec(id: PrintFormatId, tokens: PrintFormatTokens): FormatSpec {
  const px = (mm: number) => Math.round(mmToPx(mm));
  const bleed = px(tokens.bleed);
  const inset = px(tokens.bleed + tokens.safeMargin);
  return {
    id,
    kind: 'print',
    width: px(tokens.trimWidth + 2 * tokens.bleed),
    height: px(tokens.trimHeight + 2 * tokens.bleed),
    safeZone: { top: inset, right: inset, bottom: inset, left: inset },
    bleed,
    print: {
      trimWidthMm: tokens.trimWidth,
      trimHeightMm: tokens.trimHeight,
      bleedMm: tokens.bleed,
      safeMarginMm: tokens.safeMargin,
      dpi: PRINT_DPI,
    },
  };
}
