import StyleDictionary from 'style-dictionary';
import type { DesignTokens } from 'style-dictionary/types';
import { type Entry, formats } from './formats.js';
import { CSS_PREFIX } from './names.js';
import type { StyleDictionaryOutput } from './permutation.js';
import { cssTransforms, transforms, valueTransforms } from './transforms.js';

/**
 * Style Dictionary with a registry of its own holding only Blason's hooks. Style Dictionary 4.4
 * deep-merges its whole registry (every built-in transform and format) each time it looks a hook up,
 * which made that merge most of the build time; an isolated registry keeps it small and leaves the
 * global one untouched.
 */
export class BlasonStyleDictionary extends StyleDictionary {
  static override hooks: typeof StyleDictionary.hooks = {
    parsers: {},
    preprocessors: {},
    transformGroups: {},
    transforms: {},
    formats: {},
    fileHeaders: {},
    filters: {},
    actions: {},
  };
}
for (const transform of transforms) BlasonStyleDictionary.registerTransform(transform);
for (const [name, format] of Object.entries(formats)) BlasonStyleDictionary.registerFormat({ name, format });

/**
 * Runs one Style Dictionary instance on `tokens`: platform `css` gives custom properties (names and
 * CSS text), platform `values` the values code uses. Nothing is written here.
 */
export async function runStyleDictionary(tokens: DesignTokens): Promise<StyleDictionaryOutput> {
  const entries = { destination: 'entries', format: 'blason/entries' };
  const sd = new BlasonStyleDictionary(
    {
      tokens,
      usesDtcg: true,
      log: { verbosity: 'silent', warnings: 'disabled', errors: { brokenReferences: 'throw' } },
      platforms: {
        css: {
          prefix: CSS_PREFIX,
          transforms: cssTransforms,
          expand: { include: ['typography'] },
          files: [entries],
        },
        values: { prefix: CSS_PREFIX, transforms: valueTransforms, files: [entries] },
      },
    },
    { verbosity: 'silent', warnings: 'disabled' },
  );
  const [css] = await sd.formatPlatform('css');
  const [values] = await sd.formatPlatform('values');
  return { css: (css?.output ?? []) as Entry[], values: (values?.output ?? []) as Entry[] };
}
