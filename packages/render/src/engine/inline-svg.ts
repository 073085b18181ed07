import { svgRootTag } from '@blason/core/markup';

const IMAGE =
  /<image\b([^>]*?)\bhref="data:image\/svg\+xml(;base64)?(?:;charset=[^,;"]*)?(?:;utf8)?,([^"]*)"([^>]*?)\/>/g;
const ATTRIBUTE = /\b([a-zA-Z-:]+)="([^"]*)"/g;

/**
 * Replaces `<image>`s that embed an SVG (QR codes, pictograms) by the SVG itself, nested at the
 * same place: print keeps them as vectors (PDF encoders take only PNG/JPEG images) and any
 * renderer draws them without decoding a second document.
 */
export function inlineSvgImages(svg: string): string {
  return svg.replace(
    IMAGE,
    (whole, before: string, base64: string | undefined, data: string, after: string) => {
      const inner = decode(data, Boolean(base64));
      const open = svgRootTag(inner);
      if (!open) return whole;
      const outer = attributes(`${before} ${after}`);
      const own = new Map(open.attributes);
      for (const name of ['x', 'y', 'width', 'height', 'preserveAspectRatio']) {
        const value = outer.get(name);
        if (value !== undefined) own.set(name, value);
      }
      if (!own.has('viewBox') && own.has('width') && own.has('height')) {
        // Keep the drawing's own coordinate system when it only states a size.
        const size = open.attributes;
        own.set(
          'viewBox',
          `0 0 ${parseFloat(size.get('width') ?? '0')} ${parseFloat(size.get('height') ?? '0')}`,
        );
      }
      const wrappers = ['clip-path', 'mask', 'opacity', 'transform'].filter((name) => outer.has(name));
      const attrs = [...own].map(([name, value]) => `${name}="${value}"`).join(' ');
      const body = inner.slice(open.index + open.text.length).replace(/<\/svg>\s*$/, '');
      const nested = `<svg ${attrs}>${body}</svg>`;
      if (wrappers.length === 0) return nested;
      return `<g ${wrappers.map((name) => `${name}="${outer.get(name)}"`).join(' ')}>${nested}</g>`;
    },
  );
}

function decode(data: string, base64: boolean): string {
  if (!base64) return decodeURIComponent(data);
  const binary = atob(data);
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) map.set(match[1] as string, match[2] as string);
  return map;
}
