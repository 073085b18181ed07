import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { sha256 } from './files.js';

/** Folders that are never an input: installed, generated or cached files, tests and their outputs. */
const IGNORED_FOLDERS = new Set(['node_modules', 'dist', 'test', '__golden__', '__diffs__', 'coverage']);

/**
 * Files that come and go while other tools run, so a digest must not see them: hidden files and
 * folders (caches, the temporaries of atomic writes) and the config bundles Vite writes beside a
 * `vitest.config.ts` while it starts.
 */
function isTransient(name: string): boolean {
  return name.startsWith('.') || /\.timestamp-[\w-]+\.mjs$/.test(name);
}

/** Test files kept beside the code they test (`fit.test.ts`): they change no output. */
function isTestFile(name: string): boolean {
  return /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(name);
}

/**
 * The input files under a folder, as paths relative to it with `/` separators, sorted; empty when
 * the folder does not exist. Installed, generated, test and transient files are left out.
 */
export async function inputFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    // Sub-folders are read at once, not one after the other: the order is restored by the sort.
    await Promise.all(
      entries.map(async (entry) => {
        if (IGNORED_FOLDERS.has(entry.name) || isTransient(entry.name)) return;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.isFile() && !isTestFile(entry.name))
          files.push(relative(dir, path).split(sep).join('/'));
      }),
    );
  };
  await walk(dir);
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** sha256 of every input file under a folder (paths and bytes): it changes when any of them does. */
export async function hashFolder(dir: string): Promise<string> {
  const files = await inputFiles(dir);
  const lines = await Promise.all(
    files.map(async (file) => `${file}:${sha256(await readFile(join(dir, file)))}`),
  );
  return sha256(lines.join('\n'));
}
