import { join } from 'node:path';
import { hashFolder, sha256, stableStringify } from '@blason/core';

/**
 * Digest of everything a kit is made from: the input files under the given folders (brand data,
 * assets, package sources; `hashFolder` leaves out installed, generated and transient files) and the
 * options. Equal digests mean a rebuild would write the same bytes.
 */
export async function inputsDigest(
  rootDir: string,
  folders: readonly string[],
  options: unknown,
): Promise<string> {
  const hashes: Record<string, string> = {};
  for (const folder of folders) hashes[folder] = await hashFolder(join(rootDir, folder));
  return sha256(stableStringify({ folders: hashes, options }));
}
