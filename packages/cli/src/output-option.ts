import { OUTPUT_KINDS, type OutputKind } from '@blason/render';
import { usageError } from './options.js';

/** `--formats png,jpg,svg`: screen outputs, `jpg` standing for `jpeg`. */
export function parseOutputs(list: string): OutputKind[] {
  const kinds = list.split(',').map((kind) => (kind.trim() === 'jpg' ? 'jpeg' : kind.trim()));
  const unknown = kinds.filter((kind) => !(OUTPUT_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0) {
    throw usageError('Option --formats invalide', [
      {
        code: 'cli/unknown-output',
        path: '--formats',
        message: `type de fichier inconnu « ${unknown.join(', ')} »`,
        expected: `l’un de ${OUTPUT_KINDS.join(', ')}`,
        language: 'fr',
      },
    ]);
  }
  return kinds as OutputKind[];
}
