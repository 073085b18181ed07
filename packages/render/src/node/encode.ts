// Sets the raster allocator's options: must load before @resvg/resvg-js.
import './allocator.js';
import { mediaTypeOf } from '@blason/core';
import { Resvg } from '@resvg/resvg-js';
import sharp, { type Sharp } from 'sharp';
import { svgImagesAsGroups } from '../engine/inline-svg.js';
import { fillUnder, type PixelBuffer } from './fill-under.js';

/** Raster and vector outputs of a screen visual. AVIF is opt-in: it costs ≈ 50× a PNG. */
export const OUTPUT_KINDS = ['png', 'jpeg', 'webp', 'avif', 'svg'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];
export const DEFAULT_OUTPUTS: readonly OutputKind[] = ['png', 'svg'];

export const EXTENSIONS: Record<OutputKind, string> = {
  png: 'png',
  jpeg: 'jpg',
  webp: 'webp',
  avif: 'avif',
  svg: 'svg',
};
export const MEDIA_TYPES = Object.fromEntries(
  OUTPUT_KINDS.map((kind) => [kind, mediaTypeOf(`visual.${EXTENSIONS[kind]}`)]),
) as Record<OutputKind, string>;

// One libvips thread per worker: parallelism comes from the worker pool, not from libvips.
sharp.concurrency(1);
sharp.cache(false);

/** What the encoders may rely on about a drawn canvas. */
interface Canvas {
  readonly image: Sharp;
  /** Every pixel has full alpha. */
  readonly opaque: boolean;
  /** Photos are drawn on it (under or over the SVG): lossy encodings suit it. */
  readonly photographic: boolean;
}

/**
 * Fixed encoder settings: no metadata is written (sharp strips it unless asked), so the same
 * pixels always give the same bytes.
 */
function encoder(canvas: Canvas, image: Sharp, kind: Exclude<OutputKind, 'svg'>): Sharp {
  switch (kind) {
    case 'png':
      // Level 2: ≈ 1.5 ms CPU less per 1080² visual than level 4 (4.2 against 5.7 ms) for files
      // ≈ 17 % larger (74 against 63 KiB on the sample set). Dropping the alpha channel of opaque
      // visuals was measured too: libvips' extra band pass costs more than the smaller rows save.
      return image.png({ compressionLevel: 2, adaptiveFiltering: false, palette: false });
    case 'jpeg':
      // An opaque canvas has nothing to flatten: dropping its alpha gives the same bytes for half
      // the CPU (22 against 45 ms per 1080² visual).
      return (canvas.opaque ? image.removeAlpha() : image.flatten({ background: '#ffffff' })).jpeg({
        quality: 88,
        chromaSubsampling: '4:4:4',
        mozjpeg: false,
      });
    case 'webp':
      // Flat colour and type compress best losslessly: no chroma bleeding around coloured letters,
      // files a third of the lossy ones (24 against 74 KiB) for about half the CPU (110 against
      // 200 ms per 1080² visual with smart subsampling). Photos stay lossy.
      return canvas.photographic
        ? image.webp({ quality: 90, effort: 4, smartSubsample: true })
        : image.webp({ lossless: true, effort: 1 });
    case 'avif':
      return image.avif({ quality: 60, effort: 4, chromaSubsampling: '4:4:4' });
  }
}

export interface RasterLayer {
  /**
   * An encoded image (JPEG, PNG…) at its final size, or its pixels as `raw` describes them:
   * layers are placed, never scaled.
   */
  readonly input: Buffer;
  readonly raw?: { readonly width: number; readonly height: number; readonly channels: 1 | 2 | 3 | 4 };
  readonly left: number;
  readonly top: number;
}

export interface RasterRegion {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface RasterInput {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /**
   * Opaque photos drawn under the SVG (already cropped to their box, their alpha ignored); the
   * SVG leaves their area clear. A later layer lies over an earlier one.
   */
  readonly under?: readonly RasterLayer[];
  /** Images drawn over the SVG (thumbnails on a contact sheet). */
  readonly over?: readonly RasterLayer[];
  /** Background of the canvas under photos and SVG; transparent when not given. */
  readonly background?: string;
  /** Only this part of the canvas is encoded (a poster's trim area); the whole canvas otherwise. */
  readonly region?: RasterRegion;
}

/** Draws the SVG (with its photos and overlays) once and encodes every requested raster. */
export async function rasterize(
  input: RasterInput,
  kinds: readonly Exclude<OutputKind, 'svg'>[],
): Promise<Map<Exclude<OutputKind, 'svg'>, Buffer>> {
  const out = new Map<Exclude<OutputKind, 'svg'>, Buffer>();
  if (kinds.length === 0) return out;
  const canvas = await drawn(input);
  // A clone copies the raw pixels: only the encodings before the last one need it.
  for (const [index, kind] of kinds.entries()) {
    const source = index === kinds.length - 1 ? canvas.image : canvas.image.clone();
    out.set(kind, await encoder(canvas, source, kind).toBuffer());
  }
  return out;
}

/**
 * Draws satori's SVG (text already as paths) with resvg: twice as fast as librsvg here on the same
 * SVG (npm run bench). No system font is loaded, so the pixels depend on the SVG alone. Embedded
 * SVG images are drawn as groups (`svgImagesAsGroups`). The pixels come premultiplied, as resvg
 * draws them.
 */
function drawSvg(svg: string, width: number, height: number): Buffer {
  const drawing = new Resvg(svgImagesAsGroups(svg), {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  }).render();
  if (drawing.width !== width || drawing.height !== height) {
    throw new Error(`rasterize: got ${drawing.width}×${drawing.height}, expected ${width}×${height}`);
  }
  return drawing.pixels;
}

/**
 * The drawn canvas, ready to encode. Photos are filled in under resvg's pixels in place, and
 * the pixels go to the encoder as they are: libvips' compositing and an extra raw copy each cost
 * more than the PNG encoding (npm run bench). Overlays alone go through sharp's compositing.
 */
async function drawn(input: RasterInput): Promise<Canvas> {
  const { width, height } = input;
  const pixels = drawSvg(input.svg, width, height);
  const under = input.under ?? [];
  // The topmost photo fills first: each fill only covers what is still transparent.
  for (const layer of [...under].reverse()) {
    const photo = await decodedPhoto(layer.input);
    fillUnder({ data: pixels, width, height }, photo, layer);
  }
  // Opaque pixels are the same premultiplied or not: telling sharp so skips its unpremultiply pass
  // (≈ 5 of 13 ms CPU of a 1080² PNG, npm run bench) for the same bytes.
  const drawnOpaque = (under.length === 0 && opaqueBackdrop(input.svg, width, height)) || isOpaque(pixels);
  // Overlays go over the canvas: they never make an opaque canvas transparent.
  const opaque = drawnOpaque || input.background !== undefined;
  const over = input.over ?? [];
  const photographic = under.length > 0 || over.length > 0;
  let image = sharp(pixels, { raw: { width, height, channels: 4, premultiplied: !drawnOpaque } });
  if (input.background) image = image.flatten({ background: input.background });
  if (over.length === 0)
    return { image: input.region ? image.extract(input.region) : image, opaque, photographic };
  const composited = image.composite(over.map((layer) => ({ ...layer })));
  if (!input.region) return { image: composited, opaque, photographic };
  // sharp extracts before it composites: cut the region from the composited pixels.
  const { data, info } = await composited.raw().toBuffer({ resolveWithObject: true });
  const region = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  return { image: region.extract(input.region), opaque, photographic };
}

/**
 * Decoded RGB pixels per photo layer. The crops are cached per (image, box) in `images.ts`, so
 * every partner's visual of a campaign passes the same JPEG buffer: it is decoded once per thread
 * instead of at every render, and forgotten with the crop (weak keys). `fillUnder` only reads it.
 */
const decodedPhotos = new WeakMap<Buffer, Promise<PixelBuffer & { channels: number }>>();

function decodedPhoto(input: Buffer): Promise<PixelBuffer & { channels: number }> {
  let decoded = decodedPhotos.get(input);
  if (!decoded) {
    decoded = sharp(input)
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data, width: info.width, height: info.height, channels: info.channels }));
    decodedPhotos.set(input, decoded);
    decoded.catch(() => decodedPhotos.delete(input));
  }
  return decoded;
}

/** Definitions satori writes before the first drawn element (they draw nothing by themselves). */
const LEADING_DEFINITIONS =
  /^(?:\s*(?:<mask\b[^>]*>.*?<\/mask>|<clipPath\b[^>]*>.*?<\/clipPath>|<defs>.*?<\/defs>))*/s;
const OPAQUE_RECT =
  /^\s*<rect x="0" y="0" width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)" fill="#(?:[0-9a-f]{3}|[0-9a-f]{6})"\/>/i;

/**
 * Whether the first thing the SVG draws is an opaque rectangle over the whole canvas: everything
 * drawn over it keeps full alpha, so the canvas is opaque without scanning its 1.2 M pixels
 * (≈ 2 ms per 1080² visual). Any other start (a photo's clear area, a transparent logo) is scanned.
 */
export function opaqueBackdrop(svg: string, width: number, height: number): boolean {
  const open = svg.indexOf('>');
  if (open < 0 || !svg.startsWith('<svg')) return false;
  const body = svg.slice(open + 1);
  const rest = body.slice(LEADING_DEFINITIONS.exec(body)?.[0].length ?? 0);
  const rect = OPAQUE_RECT.exec(rest);
  return rect !== null && Number(rect[1]) >= width && Number(rect[2]) >= height;
}

/** The alpha byte of an RGBA pixel read as one 32-bit word, in this machine's byte order. */
const ALPHA_MASK = new Int32Array(new Uint8Array([0, 0, 0, 0xff]).buffer)[0] as number;

/**
 * Whether every pixel of an RGBA buffer has full alpha. Aligned buffers are read as 32-bit words
 * ANDed together eight at a time, with one branch per eight pixels: ≈ 0.7 ms for a 1080² canvas
 * against ≈ 2.1 ms with a test per pixel (node, this machine).
 */
export function isOpaque(pixels: Uint8Array): boolean {
  if (pixels.byteOffset % 4 !== 0) {
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0xff) return false;
    return true;
  }
  const words = new Int32Array(pixels.buffer, pixels.byteOffset, pixels.byteLength >>> 2);
  const n = words.length;
  let all = -1;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    all &=
      (words[i] as number) &
      (words[i + 1] as number) &
      (words[i + 2] as number) &
      (words[i + 3] as number) &
      (words[i + 4] as number) &
      (words[i + 5] as number) &
      (words[i + 6] as number) &
      (words[i + 7] as number);
    if ((all & ALPHA_MASK) !== ALPHA_MASK) return false;
  }
  for (; i < n; i++) all &= words[i] as number;
  // Bytes past the last whole word (never for RGBA) are not pixels.
  return (all & ALPHA_MASK) === ALPHA_MASK;
}
