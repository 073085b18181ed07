/** Browser-safe image helpers: where a content object's photo is, and how to crop it. */

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

/** Where to cut a photo scaled to cover a box: its scaled size and the box's offset in it. */
export interface CoverCrop {
  readonly scaledWidth: number;
  readonly scaledHeight: number;
  readonly left: number;
  readonly top: number;
}

/**
 * Scales the photo to cover the box and places the box around the focal point, keeping the focal
 * point as close to the box centre as the photo's edges allow (integer pixels).
 */
export function coverCrop(
  source: { readonly width: number; readonly height: number },
  box: { readonly width: number; readonly height: number },
  focal: FocalPoint,
): CoverCrop {
  const scale = Math.max(box.width / source.width, box.height / source.height);
  const scaledWidth = Math.max(box.width, Math.round(source.width * scale));
  const scaledHeight = Math.max(box.height, Math.round(source.height * scale));
  return {
    scaledWidth,
    scaledHeight,
    left: clampInt(focal.x * scaledWidth - box.width / 2, 0, scaledWidth - box.width),
    top: clampInt(focal.y * scaledHeight - box.height / 2, 0, scaledHeight - box.height),
  };
}

function clampInt(value: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, value)));
}
