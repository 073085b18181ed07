import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { BlasonError } from '@blason/core';
import sharp from 'sharp';
import { isRemoteUrl, remoteUrlProblem } from '../engine/remote.js';

/** Where the photo's subject is, as fractions of its width and height (0.5, 0.5 = centre). */
export interface FocalPoint {
  readonly x: number;
  readonly y: number;
}

export interface ImageRef {
  /** Content path of the image field, for errors (`image.src`). */
  readonly field: string;
  readonly src: string;
  readonly focal: FocalPoint;
}

/**
 * Finds the image of a content object, whatever the template calls its parts: `image: "x.jpg"`
 * or `image: { src | path | file, focal | focalPoint: { x, y } | [x, y] }`, focal point optional.
 */
export function imageRef(content: Record<string, unknown>): ImageRef | undefined {
  const image = content.image ?? content.photo;
  const field = content.image !== undefined ? 'image' : 'photo';
  if (typeof image === 'string')
    return { field, src: image, focal: focalOf(content.focal ?? content.focalPoint) };
  if (image && typeof image === 'object') {
    const record = image as Record<string, unknown>;
    const key = (['src', 'path', 'file', 'url'] as const).find((k) => typeof record[k] === 'string');
    if (!key) return undefined;
    return {
      field: `${field}.${key}`,
      src: record[key] as string,
      focal: focalOf(record.focal ?? record.focalPoint),
    };
  }
  return undefined;
}

function focalOf(value: unknown): FocalPoint {
  const clamp = (n: unknown) =>
    typeof n === 'number' && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0.5;
  if (Array.isArray(value)) return { x: clamp(value[0]), y: clamp(value[1]) };
  if (value && typeof value === 'object') {
    const { x, y } = value as Record<string, unknown>;
    return { x: clamp(x), y: clamp(y) };
  }
  return { x: 0.5, y: 0.5 };
}

export interface CroppedImage {
  /** JPEG bytes at exactly the box size. */
  readonly jpeg: Buffer;
  readonly dataUri: string;
  /** Hash input: the source bytes' identity. */
  readonly sourceBytes: Buffer;
}

const sources = new Map<string, Promise<Buffer>>();

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
  let pending = sources.get(location);
  if (!pending) {
    pending = isRemoteUrl(location) ? download(location) : readFile(location);
    sources.set(location, pending);
    pending.catch(() => sources.delete(location));
  }
  try {
    return await pending;
  } catch (error) {
    throw new BlasonError('Image introuvable', [
      {
        code: 'render/image-unreadable',
        file: options.campaignFile,
        path: `content.${ref.field}`,
        message: `l’image « ${ref.src} » est illisible (${(error as Error).message.split('\n')[0]})`,
      },
    ]);
  }
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
export async function cropToBox(
  source: Buffer,
  box: { readonly width: number; readonly height: number },
  focal: FocalPoint,
): Promise<CroppedImage> {
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const meta = await sharp(source).rotate().metadata();
  const sourceWidth = meta.autoOrient?.width ?? meta.width ?? width;
  const sourceHeight = meta.autoOrient?.height ?? meta.height ?? height;
  const scale = Math.max(width / sourceWidth, height / sourceHeight);
  const scaledWidth = Math.max(width, Math.round(sourceWidth * scale));
  const scaledHeight = Math.max(height, Math.round(sourceHeight * scale));
  const left = clampInt(focal.x * scaledWidth - width / 2, 0, scaledWidth - width);
  const top = clampInt(focal.y * scaledHeight - height / 2, 0, scaledHeight - height);
  const jpeg = await sharp(source)
    .rotate()
    .resize({ width: scaledWidth, height: scaledHeight, fit: 'fill' })
    .extract({ left, top, width, height })
    .jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
    .toBuffer();
  return { jpeg, dataUri: `data:image/jpeg;base64,${jpeg.toString('base64')}`, sourceBytes: source };
}

function clampInt(value: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, value)));
}
