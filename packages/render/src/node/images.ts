import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { BlasonError, fileFault } from '@blason/core';
import sharp from 'sharp';
import { coverCrop, type FocalPoint, type ImageRef } from '../engine/image.js';
import { isRemoteUrl, remoteUrlProblem } from '../engine/remote.js';

export interface CroppedImage {
  /** JPEG bytes covering the box (at `scale` × its size). */
  readonly jpeg: Buffer;
  readonly dataUri: string;
  /** Hash input: the source bytes' identity. */
  readonly sourceBytes: Buffer;
  /** Pixels of the crop per pixel of the box: 1, or more when oversampled. */
  readonly scale: number;
}

export interface CropOptions {
  /**
   * Crop at up to this many pixels per box pixel (a print photo at 300 ppi in a 150 ppi layout
   * is 2), never beyond the source's own pixels. 1 by default.
   */
  readonly oversample?: number;
}

/**
 * Image bytes per location, with the file's identity when read: a photo replaced under the same
 * name (a long-running studio, a kit in watch mode) is read again, not drawn from the old bytes.
 */
const sources = new Map<string, { readonly stamp: string; readonly bytes: Promise<Buffer> }>();

/** Reads a local image (relative to the campaign file); remote addresses only when allowed. */
export async function readImage(
  ref: ImageRef,
  options: { campaignFile: string; allowRemote?: boolean },
): Promise<Buffer> {
  if (isRemoteUrl(ref.src)) {
    if (!options.allowRemote) {
      throw new BlasonError('Adresse distante refusée', [
        { ...remoteUrlProblem(ref.src, `content.${ref.field}`), file: options.campaignFile },
      ]);
    }
  }
  const location = isRemoteUrl(ref.src)
    ? ref.src
    : isAbsolute(ref.src)
      ? ref.src
      : resolve(dirname(options.campaignFile), ref.src);
  try {
    return await bytesAt(location);
  } catch (error) {
    throw unreadableImage(ref, options.campaignFile, isRemoteUrl(location), error);
  }
}

async function bytesAt(location: string): Promise<Buffer> {
  const remote = isRemoteUrl(location);
  // A missing file gets an empty stamp: the read below then fails with the system's own error.
  const stamp = remote ? '' : await fileStamp(location);
  const known = sources.get(location);
  if (known && known.stamp === stamp) return known.bytes;
  const bytes = (remote ? download(location) : readFile(location)).then(anImage);
  const entry = { stamp, bytes };
  sources.set(location, entry);
  bytes.catch(() => sources.get(location) === entry && sources.delete(location));
  return bytes;
}

/** Bytes that are not an image sharp can read (a text file, a PDF, a wrong path to some file). */
class NotAnImage extends Error {}

/**
 * The bytes, once sharp has read an image's header in them: a file of another kind is the
 * content's fault, said in French here, not an internal failure of the render later on.
 */
async function anImage(bytes: Buffer): Promise<Buffer> {
  try {
    await sharp(bytes).metadata();
  } catch (error) {
    throw new NotAnImage('not an image', { cause: error });
  }
  return bytes;
}

/** What changes when a file is replaced or rewritten: modification time, size and inode. */
async function fileStamp(location: string): Promise<string> {
  const info = await stat(location).catch(() => undefined);
  return info ? `${info.mtimeMs}:${info.size}:${info.ino}` : '';
}

/** Why an image could not be had, in French; the system's own (English) message stays in `cause`. */
function unreadableImage(ref: ImageRef, campaignFile: string, remote: boolean, error: unknown): BlasonError {
  const fault =
    error instanceof NotAnImage
      ? 'ce fichier n’est pas une image (JPEG, PNG, WebP ou AVIF attendu)'
      : remote
        ? 'téléchargement impossible'
        : fileFault(error);
  const summary = fault === 'fichier introuvable' ? 'Image introuvable' : 'Image illisible';
  return new BlasonError(
    summary,
    [
      {
        code: 'render/image-unreadable',
        file: campaignFile,
        path: `content.${ref.field}`,
        message: `l’image « ${ref.src} » : ${fault}`,
        language: 'fr',
      },
    ],
    { cause: error },
  );
}

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * Scales the photo to cover the box and crops it around the focal point, keeping the focal
 * point as close to the box centre as the photo's edges allow.
 */
export function cropToBox(
  source: Buffer,
  box: { readonly width: number; readonly height: number },
  focal: FocalPoint,
  options: CropOptions = {},
): Promise<CroppedImage> {
  // Every partner's visual of a campaign crops the same photo to the same box: crop it once.
  const crops = cropsOf.get(source) ?? new Map<string, Promise<CroppedImage>>();
  cropsOf.set(source, crops);
  const key = JSON.stringify([box.width, box.height, focal.x, focal.y, options.oversample ?? 1]);
  let crop = crops.get(key);
  if (!crop) {
    crop = cropOnce(source, box, focal, options);
    crops.set(key, crop);
    crop.catch(() => crops.delete(key));
  }
  return crop;
}

/** Crops per source image (the buffers `readImage` keeps), dropped with their source. */
const cropsOf = new WeakMap<Buffer, Map<string, Promise<CroppedImage>>>();

async function cropOnce(
  source: Buffer,
  box: { readonly width: number; readonly height: number },
  focal: FocalPoint,
  options: CropOptions,
): Promise<CroppedImage> {
  const meta = await sharp(source).rotate().metadata();
  const natural = {
    width: meta.autoOrient?.width ?? meta.width ?? box.width,
    height: meta.autoOrient?.height ?? meta.height ?? box.height,
  };
  const cover = Math.max(box.width / natural.width, box.height / natural.height);
  // Oversampling stops where the source runs out of pixels; a smaller source is still scaled up to 1×.
  const scale = Math.max(1, Math.min(options.oversample ?? 1, 1 / cover));
  const width = Math.max(1, Math.round(box.width * scale));
  const height = Math.max(1, Math.round(box.height * scale));
  const { scaledWidth, scaledHeight, left, top } = coverCrop(natural, { width, height }, focal);
  const jpeg = await sharp(source)
    .rotate()
    .resize({ width: scaledWidth, height: scaledHeight, fit: 'fill' })
    .extract({ left, top, width, height })
    .jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
    .toBuffer();
  return {
    jpeg,
    dataUri: `data:image/jpeg;base64,${jpeg.toString('base64')}`,
    sourceBytes: source,
    scale: width / Math.max(1, Math.round(box.width)),
  };
}
