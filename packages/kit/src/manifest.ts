import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { mediaTypeOf, sha256, svgRootSize } from '@blason/core';
import sharp from 'sharp';

/** Which part of the kit a file belongs to. */
export type KitSection =
  | 'visual'
  | 'print'
  | 'logo'
  | 'tokens'
  | 'glossary'
  | 'font'
  | 'contact-sheet'
  | 'documentation';

/** One file of a partner kit, as listed in its `manifest.json`. */
export interface KitFile {
  /** Path relative to the partner's kit folder, with `/` separators. */
  readonly path: string;
  readonly section: KitSection;
  readonly mediaType: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly width?: number;
  readonly height?: number;
  /** Alternative text of a visual, in French. */
  readonly alt?: string;
  /** Extra facts the producing package reports (lint findings, colour space, clear space…). */
  readonly details?: Readonly<Record<string, unknown>>;
}

const RASTER_OR_SVG = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.svg']);

export { mediaTypeOf };

/**
 * A kit file described from what its producer recorded as it wrote it (size, digest, media type,
 * pixel size), with no second read: the same entry `describeFile` would make.
 */
export function writtenFile(
  path: string,
  section: KitSection,
  written: Pick<KitFile, 'mediaType' | 'bytes' | 'sha256' | 'width' | 'height'>,
  extra: Pick<KitFile, 'alt' | 'details'> = {},
): KitFile {
  const { mediaType, bytes, sha256, width, height } = written;
  return {
    path,
    section,
    mediaType,
    bytes,
    sha256,
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
    ...extra,
  };
}

/** Reads a kit file and describes it: size, digest, media type and, for images, pixel size. */
export async function describeFile(
  kitDir: string,
  path: string,
  section: KitSection,
  extra: Pick<KitFile, 'alt' | 'details'> = {},
): Promise<KitFile> {
  const data = await readFile(join(kitDir, path));
  const extension = extname(path).toLowerCase();
  const size = RASTER_OR_SVG.has(extension) ? await pixelSize(data, extension) : {};
  return {
    path,
    section,
    mediaType: mediaTypeOf(path),
    bytes: data.byteLength,
    sha256: sha256(data),
    ...size,
    ...extra,
  };
}

async function pixelSize(data: Buffer, extension: string): Promise<{ width?: number; height?: number }> {
  const stated = extension === '.svg' ? svgPixelSize(data) : undefined;
  if (stated) return stated;
  const { width, height } = await sharp(data).metadata();
  return { width, height };
}

/**
 * An SVG's size in whole pixels from its root, as libvips reads it, without parsing the whole
 * document (libvips takes about 4 ms for a visual with its photo embedded); undefined for any
 * other size (fractional, relative, absent), which libvips then reads.
 */
export function svgPixelSize(data: Buffer): { width: number; height: number } | undefined {
  const size = svgRootSize(data.subarray(0, 4096).toString('utf8'));
  return size && Number.isInteger(size.width) && Number.isInteger(size.height) ? size : undefined;
}
