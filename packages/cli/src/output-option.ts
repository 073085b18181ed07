import { OUTPUT_KINDS, type OutputKind } from '@blason/render';
import { usageError } from './options.js';

/** `--formats png,jpg,svg`: screen outputs, `jpg` standing for `jpeg`. */
export function parseOutputs(list: string): OutputKind[] {
  const kinds = list.split(',').map((kind) => (kind.trim() === 'jpg' ? 'jpeg' : kind.trim()));
  const unknown = kinds.filter((kind) => !(OUTPUT_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0) {
    throw usageError('Invalid --formats', [
      {
        code: 'cli/unknown-output',
        path: '--formats',
        message: `unknown output "${unknown.join(', ')}"`,
        expected: OUTPUT_KINDS.join(', '),
      },
    ]);
  }
  return kinds as OutputKind[];
}
