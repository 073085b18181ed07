import type { Cmyk } from '@blason/print';
import type { ThemeLike } from './deps.js';

/**
 * The tokens' CMYK by hex colour, for `encodePosterPdf`: every colour of the print theme is
 * looked up by its token path (`color.brand.default`).
 */
export function cmykByHex(theme: ThemeLike): (hex: string) => Cmyk | undefined {
  const table = new Map<string, Cmyk>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string' && /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(node)) {
      const cmyk = theme.print?.cmyk(path);
      const hex = node.slice(0, 7).toLowerCase();
      if (cmyk && !table.has(hex)) table.set(hex, cmyk);
      return;
    }
    if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    }
  };
  walk(theme.color, 'color');
  return (hex) => table.get(hex.toLowerCase());
}

/**
 * PDFs carry a date; a fixed one keeps reruns byte-identical. SOURCE_DATE_EPOCH (the
 * reproducible-builds convention) sets it when a release wants its own date.
 */
export function documentDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date(Date.UTC(2026, 0, 1));
}
