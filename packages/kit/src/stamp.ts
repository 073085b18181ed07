import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hashFolder, sha256, stableStringify, writeFileAtomic } from '@blason/core';
import type { KitSummary } from './build.js';

/**
 * The kit's no-change check. This module imports only `@blason/core` and Node, so that the CLI can
 * decide « nothing changed » before it loads the renderer, the token build or the image libraries
 * (`@blason/kit/stamp`): a no-change rerun then costs Node's start and one digest.
 */

/** What the kit is made from: brand data, assets and the code of every package. */
export const INPUT_FOLDERS: readonly string[] = ['tokens', 'assets', 'packages'];
/** The kit's stamp: the digest of its inputs and the summary of the build that wrote it. */
export const STAMP_FILE = join('.blason-cache', 'kit.json');

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
  const hashes = await Promise.all(folders.map((folder) => hashFolder(join(rootDir, folder))));
  return sha256(
    stableStringify({ folders: Object.fromEntries(folders.map((f, i) => [f, hashes[i]])), options }),
  );
}

/** The options of a kit that change its bytes (what its digest covers besides the input files). */
export interface KitDigestOptions {
  readonly rootDir: string;
  readonly partners?: readonly string[];
  readonly outputs?: readonly string[];
  readonly illustrative?: boolean;
}

/** The digest of a kit's inputs and options. */
export function kitDigest(options: KitDigestOptions): Promise<string> {
  return inputsDigest(resolve(options.rootDir), INPUT_FOLDERS, {
    partners: options.partners ? [...options.partners].sort() : 'all',
    outputs: options.outputs ?? null,
    illustrative: options.illustrative ?? false,
  });
}

/**
 * The summary of the kit already in `outDir` when it was built from the same digest and every
 * partner's zip is still there; undefined when the kit must be (re)built.
 */
export async function readStamp(outDir: string, digest: string): Promise<KitSummary | undefined> {
  try {
    const stamp = JSON.parse(await readFile(join(resolve(outDir), STAMP_FILE), 'utf8')) as {
      digest: string;
      summary: KitSummary;
    };
    if (stamp.digest !== digest) return undefined;
    const zips = await Promise.all(stamp.summary.partners.map((partner) => stat(partner.zip)));
    if (!zips.every((zip) => zip.isFile() && zip.size > 0)) return undefined;
    return stamp.summary;
  } catch {
    return undefined;
  }
}

export async function writeStamp(outDir: string, digest: string, summary: KitSummary): Promise<void> {
  await writeFileAtomic(join(resolve(outDir), STAMP_FILE), `${stableStringify({ digest, summary })}\n`);
}

/**
 * The kit in `outDir` as it is, when its inputs and options are unchanged: the no-change rerun's
 * answer, from this light module alone. Undefined when a build is needed.
 */
export async function unchangedKit(
  options: KitDigestOptions & { readonly outDir: string },
): Promise<KitSummary | undefined> {
  const summary = await readStamp(options.outDir, await kitDigest(options));
  return summary ? { ...summary, rebuilt: false } : undefined;
}
