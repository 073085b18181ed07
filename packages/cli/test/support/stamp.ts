import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { kitDigest, writeStamp } from '@blason/kit/stamp';

/**
 * Makes `out` look like a finished build of the sample brand under `root` (illustrative, every
 * partner): a one-partner zip and the stamp a build writes. Returns the zip's path.
 */
export async function writeFinishedKit(root: string, out: string): Promise<string> {
  const zip = join(out, 'capso.zip');
  await writeFile(zip, 'PK');
  const partner = {
    partner: 'capso',
    dir: join(out, 'capso'),
    zip,
    files: 1,
    bytes: 2,
    visuals: 0,
    lintWarnings: 0,
  };
  await writeStamp(out, await kitDigest({ rootDir: root, illustrative: true }), {
    rebuilt: true,
    partners: [partner],
    cachedVisuals: 0,
  });
  return zip;
}
