import sharp from 'sharp';

export interface Png {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * Rasterises an SVG at `scale` × its own size with libvips (through sharp), keeping the
 * background transparent; the density is raised instead of resizing so edges stay sharp.
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Png> {
  const target = { width: Math.round(width * scale), height: Math.round(height * scale) };
  const { data, info } = await sharp(Buffer.from(svg), { density: 72 * scale })
    .resize(target.width, target.height, { fit: 'fill' })
    .png({ compressionLevel: 6, adaptiveFiltering: false, palette: false })
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}
