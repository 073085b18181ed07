import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { hashFolder, inputFiles, sha256, stableStringify, writeFileAtomic } from '@blason/core';
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

/**
 * The digest of a kit's inputs and options: `inputsDigest` over `INPUT_FOLDERS`, the same value,
 * computed with a cache of file hashes (`outDir`'s `.blason-cache/inputs.json`) when `outDir` is given.
 */
export async function kitDigest(options: KitDigestOptions & { readonly outDir?: string }): Promise<string> {
  const rootDir = resolve(options.rootDir);
  const settings = {
    partners: options.partners ? [...options.partners].sort() : 'all',
    outputs: options.outputs ?? null,
    illustrative: options.illustrative ?? false,
  };
  if (!options.outDir) return inputsDigest(rootDir, INPUT_FOLDERS, settings);
  const cacheFile = join(resolve(options.outDir), HASH_CACHE_FILE);
  const known = await readHashCache(cacheFile);
  const fresh: HashCache = {};
  const hashes = await Promise.all(
    INPUT_FOLDERS.map((folder) => cachedFolderHash(rootDir, folder, known, fresh)),
  );
  if (!isDeepStrictEqual(fresh, known)) {
    await writeFileAtomic(cacheFile, `${stableStringify(fresh)}\n`).catch(() => undefined);
  }
  return sha256(
    stableStringify({
      folders: Object.fromEntries(INPUT_FOLDERS.map((f, i) => [f, hashes[i]])),
      options: settings,
    }),
  );
}

/**
 * File hashes of the last digest, by path under the root: `[size, mtimeMs, ctimeMs, ino, sha256]`.
 * A no-change rerun then stats the input files instead of reading and hashing them (6 MB).
 */
type HashCache = Record<string, readonly [number, number, number, number, string]>;
const HASH_CACHE_FILE = join('.blason-cache', 'inputs.json');
/**
 * A file modified this recently may change again within its timestamp's resolution without its
 * size changing: its hash is not cached (git's « racily clean » rule).
 */
const RACY_MS = 2000;

async function readHashCache(file: string): Promise<HashCache> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as HashCache;
  } catch {
    return {};
  }
}

/** `hashFolder(rootDir/folder)`, reading only the files whose size or times changed since `known`. */
async function cachedFolderHash(
  rootDir: string,
  folder: string,
  known: HashCache,
  fresh: HashCache,
): Promise<string> {
  const dir = join(rootDir, folder);
  const now = Date.now();
  const lines = await Promise.all(
    (await inputFiles(dir)).map(async (file) => {
      const path = join(dir, file);
      // Stat before reading: a change after the stat gives a newer time, so the next run reads again.
      // Synchronous: a no-change rerun stats every input, and a promise costs more than the stat.
      const { size, mtimeMs, ctimeMs, ino } = statSync(path);
      const key = `${folder}/${file}`;
      const entry = known[key];
      const same =
        entry && entry[0] === size && entry[1] === mtimeMs && entry[2] === ctimeMs && entry[3] === ino;
      const hash = same ? entry[4] : sha256(await readFile(path));
      if (now - mtimeMs > RACY_MS) fresh[key] = [size, mtimeMs, ctimeMs, ino, hash];
      return `${file}:${hash}`;
    }),
  );
  return sha256(lines.join('\n'));
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
