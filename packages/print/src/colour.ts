import type { Problem } from '@blason/core';

/** CMYK percentages, 0–100 each, as in the tokens' `org.blason.print` extension. */
export type Cmyk = readonly [number, number, number, number];

/** Gives the CMYK value the tokens declare for a colour (`#rrggbb`, lower case), if any. */
export type CmykLookup = (hex: string) => Cmyk | undefined;

/** Paper white needs no ink: it is the one colour mapped without asking the tokens. */
const PAPER: Cmyk = [0, 0, 0, 0];

/** What svg-to-pdfkit hands its `colorCallback`: `[[r, g, b], alpha]` (0–255, 0–1), or undefined. */
type ParsedColour = [number[], number] | undefined;

/**
 * Maps every colour svg-to-pdfkit meets to the tokens' CMYK, remembering what it mapped
 * and what it could not, so the caller reports uncovered colours instead of guessing them.
 */
export class ColourMapper {
  readonly #lookup: CmykLookup | undefined;
  readonly #cmyk = new Map<string, Cmyk>();
  readonly #rgb = new Set<string>();
  readonly #invalid = new Set<string>();

  constructor(lookup: CmykLookup | undefined) {
    this.#lookup = lookup;
  }

  /** The `colorCallback` option of svg-to-pdfkit. `raw` is undefined for its built-in defaults. */
  readonly callback = (parsed: ParsedColour, raw?: string): ParsedColour => {
    if (!parsed || !this.#lookup) return parsed;
    const [rgb, alpha] = parsed;
    const hex = toHex(rgb);
    const declared = this.#lookup(hex);
    if (declared !== undefined && !isCmyk(declared)) this.#invalid.add(hex);
    const cmyk = isCmyk(declared) ? declared : hex === '#ffffff' ? PAPER : undefined;
    if (cmyk) {
      if (raw !== undefined) this.#cmyk.set(hex, cmyk);
      return [[...cmyk], alpha];
    }
    if (raw !== undefined && alpha > 0 && !this.#invalid.has(hex)) this.#rgb.add(hex);
    return parsed;
  };

  /** Colours written as DeviceCMYK, sorted by hex. */
  cmykColours(): { hex: string; cmyk: Cmyk }[] {
    return [...this.#cmyk].sort(([a], [b]) => compare(a, b)).map(([hex, cmyk]) => ({ hex, cmyk }));
  }

  /** Visible colours left in DeviceRGB because the lookup had no CMYK for them, sorted. */
  rgbColours(): string[] {
    return [...this.#rgb].sort(compare);
  }

  /** One problem per uncovered colour (only meaningful when a lookup was given). */
  problems(): Problem[] {
    if (!this.#lookup) return [];
    const invalid = [...this.#invalid].sort(compare).map((hex) => ({
      code: 'print/invalid-cmyk',
      message: `the CMYK value given for colour ${hex} is not four numbers between 0 and 100`,
      path: hex,
      expected: '[c, m, y, k] with each part from 0 to 100',
    }));
    const missing = this.rgbColours().map((hex) => ({
      code: 'print/missing-cmyk',
      message: `colour ${hex} has no CMYK value, so it would be printed from RGB`,
      path: hex,
      expected:
        'a colour token with this value and a "cmyk" entry in $extensions["org.blason.print"], or allowRgb',
    }));
    return [...invalid, ...missing];
  }
}

export function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .slice(0, 3)
    .map((part) =>
      Math.max(0, Math.min(255, Math.round(part)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Checks a CMYK value from a lookup: four finite numbers between 0 and 100. */
export function isCmyk(value: unknown): value is Cmyk {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    value.every((part) => typeof part === 'number' && Number.isFinite(part) && part >= 0 && part <= 100)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
