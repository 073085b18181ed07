/** A colour as SVG wrote it: its RGB (0–255), its alpha (0–1) and the text it was read from. */
export interface SvgColour {
  readonly rgb: readonly [number, number, number];
  readonly alpha: number;
  /** Undefined for SVG's default black fill, which no author wrote (and no report lists). */
  readonly raw: string | undefined;
}

/** A fill or stroke: a colour, or `none`. */
export type SvgPaint = SvgColour | 'none';

export const DEFAULT_FILL: SvgColour = { rgb: [0, 0, 0], alpha: 1, raw: undefined };

const NAMED: Readonly<Record<string, readonly [number, number, number, number]>> = {
  black: [0, 0, 0, 1],
  white: [255, 255, 255, 1],
  transparent: [0, 0, 0, 0],
};

/**
 * A paint in the forms satori writes: `none`, `#rgb`, `#rrggbb`, `rgb()`, `rgba()`, black,
 * white, transparent. Undefined for the rest (gradients and patterns by `url()`, `currentColor`,
 * other names), which the subset painter leaves to svg-to-pdfkit.
 */
export function parsePaint(value: string): SvgPaint | undefined {
  const raw = value.trim();
  if (raw === 'none') return 'none';
  const rgba = NAMED[raw] ?? hexColour(raw) ?? functionalColour(raw);
  if (!rgba) return undefined;
  const [r, g, b, alpha] = rgba;
  return { rgb: [r, g, b], alpha, raw };
}

function hexColour(raw: string): [number, number, number, number] | undefined {
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(raw);
  if (long) return [hex(long[1]), hex(long[2]), hex(long[3]), 1];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(raw);
  if (short) return [17 * hex(short[1]), 17 * hex(short[2]), 17 * hex(short[3]), 1];
  return undefined;
}

const hex = (digits: string | undefined) => Number.parseInt(digits ?? '0', 16);

function functionalColour(raw: string): [number, number, number, number] | undefined {
  const match = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d*\.?\d+)\s*)?\)$/i.exec(raw);
  if (!match) return undefined;
  const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const alpha = match[4] === undefined ? 1 : Number(match[4]);
  if (raw.toLowerCase().startsWith('rgba') !== (match[4] !== undefined)) return undefined;
  return r < 256 && g < 256 && b < 256 && alpha <= 1 ? [r, g, b, alpha] : undefined;
}

/** An opacity attribute, clamped to 0–1 as SVG says; undefined when it is not a number. */
export function parseOpacity(value: string): number | undefined {
  const number = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(number) ? Math.min(1, Math.max(0, number)) : undefined;
}
