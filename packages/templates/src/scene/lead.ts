import { BlasonError } from '@blason/core/problem';
import type { Lead } from '../content/fields.js';
import type { DrawnParts } from '../types.js';

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

/** Whether the visual drew a field's text: as the engine reports, else (no visual at hand) yes. */
export function drewField(drawn: DrawnParts | undefined, field: string): boolean {
  return drawn?.fields?.has(field) ?? true;
}

/**
 * The French problem of a forced photo that the content leaves no room for on a format: said on
 * `content.composition`, rather than the colour-led scene given without a word. `leaves` is the
 * sentence's subject and verb (« les 4 chiffres ne laissent »), `less` what to cut instead.
 */
export function noRoomForPhoto(format: string, leaves: string, less: string): BlasonError {
  return new BlasonError('Contenu invalide', [
    {
      code: 'content/no-room-for-photo',
      severity: 'error',
      language: 'fr',
      path: 'content.composition',
      message: `Composition\u00a0: au format ${format}, ${leaves} pas de place à la photo`,
      expected: `une composition en aplat de couleur (retirez « composition: photo ») ou ${less} pour ${format}`,
    },
  ]);
}

/**
 * « Photo : … », the photo's description, when the visual drew it: as the engine reports, else
 * (no visual at hand) whenever the content has a photo and is not forced colour-led.
 */
export function photoAlt(
  content: { composition?: Lead | undefined; image?: { alt?: string | undefined } | undefined },
  drawn: DrawnParts | undefined,
): string[] {
  const shown = drawn ? drawn.photo : content.image !== undefined && content.composition !== 'colour';
  return shown && content.image?.alt ? [`Photo\u00a0: ${content.image.alt}`] : [];
}
