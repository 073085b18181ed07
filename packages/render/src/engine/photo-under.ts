import { rewriteSvgRoot, svgRootTag } from '@blason/core/markup';

/** Where a photo lies on the canvas, in SVG user units (pixels of the format). */
export interface PhotoPlacement {
  readonly href: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The self-contained SVG of a visual whose photo the raster draws under it: the photo becomes
 * the first thing drawn, so the SVG shows exactly what the PNG does, without laying the visual
 * out again with the photo (satori reads the whole data URI to size it).
 */
export function withPhotoUnder(svg: string, photo: PhotoPlacement): string {
  if (!svgRootTag(svg)) throw new Error('withPhotoUnder: the SVG has no root <svg> element');
  const image = `<image x="${photo.x}" y="${photo.y}" width="${photo.width}" height="${photo.height}" href="${photo.href}" preserveAspectRatio="none"/>`;
  return rewriteSvgRoot(svg, { after: image });
}
