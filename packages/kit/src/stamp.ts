import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { sha256, stableStringify } from '@blason/core';

/** Folders never part of a kit's inputs: installed, generated or cached files, and tests. */
const IGNORED = new Set(['node_modules', 'test', '__golden__', 'dist', '__diffs__', 'coverage']);

/**
 * Files that come and go while other tools run, so a digest must not see them: hidden files and
 * folders (caches, the temporaries of atomic writes) and the config bundles Vite writes beside a
 * `vitest.config.ts` while it starts.
 */
function isTransient(name: string): boolean {
  return name.startsWith('.') || /\.timestamp-[\w-]+\.mjs$/.test(name);
}

/**
 * Digest of everything a kit is made from: every file under the given folders (brand data, assets,
 * package sources) and the options. Equal digests mean a rebuild would write the same bytes.
 */
export async function inputsDigest(
  rootDir: string,
  folders: readonly string[],
  options: unknown,
): Promise<string> {
  const entries: string[] = [];
  for (const folder of [...folders].sort()) {
    for (const path of await filesUnder(join(rootDir, folder))) {
      const data = await readFile(path);
      entries.push(`${relative(rootDir, path).split(sep).join('/')} ${sha256(data)}`);
    }
  }
  return sha256(`${entries.join('\n')}\n${stableStringify(options)}`);
}

async function filesUnder(dir: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (IGNORED.has(entry.name) || isTransient(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
