import { create, type Font } from 'fontkit';
import type { Font as SatoriFont } from 'satori';

export type FontWeight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;

/** One font file given as bytes: the engine never reads files itself, so it runs in a browser. */
export interface FontSource {
  readonly name: string;
  readonly weight: FontWeight;
  readonly style: 'normal' | 'italic';
  readonly data: ArrayBuffer | Uint8Array;
}

/**
 * Fonts loaded once and reused for every render: satori caches its parsed fonts per font object,
 * so the same `satori` array must be passed to every call.
 */
export interface LoadedFonts {
  readonly satori: SatoriFont[];
  /** Family names in fallback order (satori falls back to the other loaded fonts in this order). */
  readonly families: readonly string[];
  /** True when at least one embedded font draws this code point. */
  covers(codePoint: number): boolean;
  /**
   * The widest advance, in em, any embedded font gives this code point (a font without it draws
   * its `.notdef` glyph instead): what it can take on a line in any family, weight or style.
   */
  advanceBound(codePoint: number): number;
}

export interface LoadFontsOptions {
  /** Precomputed code points covered by the fonts (skips parsing the fonts' character maps). */
  readonly coverage?: Iterable<number>;
}

export function loadFonts(sources: readonly FontSource[], options: LoadFontsOptions = {}): LoadedFonts {
  if (sources.length === 0) throw new Error('loadFonts: at least one font is required');
  const satoriFonts: SatoriFont[] = sources.map((source) => ({
    name: source.name,
    weight: source.weight,
    style: source.style,
    data: toArrayBuffer(source.data),
  }));
  // fontkit parses each font once, when its character map or its advances are first needed.
  let fonts: Font[] | undefined;
  const parsedFonts = () => {
    fonts ??= sources.map((source) => parsed(source.data));
    return fonts;
  };
  const coverage = new Set<number>(options.coverage ?? parsedFonts().flatMap((font) => font.characterSet));
  const families = [...new Set(sources.map((s) => s.name))];
  return {
    satori: satoriFonts,
    families,
    covers: (codePoint) => coverage.has(codePoint),
    advanceBound: advanceBounds(parsedFonts),
  };
}

/** `LoadedFonts.advanceBound`, each code point's bound kept once read. */
function advanceBounds(parsedFonts: () => readonly Font[]): (codePoint: number) => number {
  const bounds = new Map<number, number>();
  return (codePoint) => {
    const known = bounds.get(codePoint);
    if (known !== undefined) return known;
    const bound = Math.max(
      ...parsedFonts().map((font) => font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm),
    );
    bounds.set(codePoint, bound);
    return bound;
  };
}

/** The code points a font file maps to a glyph, read with fontkit. */
export function characterSet(data: ArrayBuffer | Uint8Array): number[] {
  return parsed(data).characterSet;
}

function parsed(data: ArrayBuffer | Uint8Array): Font {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // fontkit's types ask for a Node Buffer; it reads any Uint8Array (the browser has no Buffer).
  return create(bytes as unknown as Buffer) as Font;
}

function toArrayBuffer(data: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}
