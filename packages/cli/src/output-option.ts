import type { OutputKind } from '@blason/render';
import { usageError } from './options.js';

/**
 * The screen encodings `--formats` accepts: the render's `OUTPUT_KINDS`, repeated here so that
 * parsing the flag does not load the renderer (`blason kit`'s no-change rerun never does; a test
 * checks that both lists are the same).
 */
export const OUTPUT_KIND_NAMES: readonly OutputKind[] = ['png', 'jpeg', 'webp', 'avif', 'svg'];

/** `--formats png,jpg,svg`: screen outputs, `jpg` standing for `jpeg`. */
export function parseOutputs(list: string): OutputKind[] {
  const kinds = list.split(',').map((kind) => (kind.trim() === 'jpg' ? 'jpeg' : kind.trim()));
  const unknown = kinds.filter((kind) => !(OUTPUT_KIND_NAMES as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0) {
    throw usageError('Option --formats invalide', [
      {
        code: 'cli/unknown-output',
        path: '--formats',
        message: `type de fichier inconnu « ${unknown.join(', ')} »`,
        expected: `l’un de ${OUTPUT_KIND_NAMES.join(', ')}`,
        language: 'fr',
      },
    ]);
  }
  return kinds as OutputKind[];
}
