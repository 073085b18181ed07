import type { Lead } from '../content/fields.js';

/**
 * The composition a content gets: the one its campaign forces (`composition`), else photo-led when
 * it has a photo and the format has room for one (`roomForPhoto`), colour-led otherwise.
 */
export function leadOf(
  content: { composition?: Lead | undefined; image?: unknown },
  roomForPhoto = true,
): Lead {
  if (content.composition) return content.composition;
  return content.image !== undefined && roomForPhoto ? 'photo' : 'colour';
}

/** The French problem of a photo-led composition forced without a photo. */
export const PHOTO_NEEDS_IMAGE =
  'Composition\u00a0: « photo » demande une image (champ image), ou retirez ce choix pour une composition en aplat de couleur';
