/**
 * WCAG 2.1 contrast of hex colours, browser-safe and dependency-free so that the theme entry
 * (`@blason/tokens/theme`) stays light. The arithmetic is colorjs.io's (`contrast(…, 'WCAG21')`):
 * sRGB companding, then the Y row of its linear-sRGB → XYZ-D65 matrix, so the ratios the checks
 * report and the ratios the portal shows are the same numbers (see contrast.test.ts).
 */

/** Linear sRGB → Y (relative luminance), colorjs.io's `srgb-linear` toXYZ matrix, middle row. */
const Y_ROW = [0.21263900587151027, 0.715168678767756, 0.07219231536073371] as const;

interface Rgba {
  readonly rgb: readonly [number, number, number];
  readonly alpha: number;
}

function parseHex(hex: string): Rgba {
  if (!/^#(?:[0-9a-f]{3,4}|(?:[0-9a-f]{2}){3,4})$/i.test(hex)) {
    throw new Error(`contrastRatio: "${hex}" is not a hex colour (#rgb, #rgba, #rrggbb or #rrggbbaa)`);
  }
  const digits = hex.length <= 5 ? hex.slice(1).replace(/./g, '$&$&') : hex.slice(1);
  const channels = (digits.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16) / 255);
  return {
    rgb: [channels[0] ?? 0, channels[1] ?? 0, channels[2] ?? 0],
    alpha: channels[3] ?? 1,
  };
}

function toLinear(value: number): number {
  const sign = value < 0 ? -1 : 1;
  const abs = value * sign;
  return abs <= 0.04045 ? value / 12.92 : sign * ((abs + 0.055) / 1.055) ** 2.4;
}

function luminance(rgb: readonly [number, number, number]): number {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  return r * Y_ROW[0] + g * Y_ROW[1] + b * Y_ROW[2];
}

/** A translucent colour composited over an opaque one, in sRGB. */
function flatten(color: Rgba, under: readonly [number, number, number]): readonly [number, number, number] {
  if (color.alpha >= 1) return color.rgb;
  const { alpha } = color;
  return color.rgb.map((c, i) => c * alpha + (under[i] ?? 0) * (1 - alpha)) as [number, number, number];
}

const ratioCache = new Map<string, number>();

/** WCAG 2.1 contrast of a (possibly translucent) foreground on a background laid on `backdrop`. */
export function contrastRatio(foreground: string, background: string, backdrop = '#ffffff'): number {
  const key = `${foreground}|${background}|${backdrop}`;
  let ratio = ratioCache.get(key);
  if (ratio === undefined) {
    const base = flatten(parseHex(background), parseHex(backdrop).rgb);
    let y1 = Math.max(luminance(flatten(parseHex(foreground), base)), 0);
    let y2 = Math.max(luminance(base), 0);
    if (y2 > y1) [y1, y2] = [y2, y1];
    ratio = (y1 + 0.05) / (y2 + 0.05);
    ratioCache.set(key, ratio);
  }
  return ratio;
}
