import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@blason/core';

/** sha256 of every file under a folder (paths and bytes, sorted): changes when any file does. */
export async function hashTree(
  root: string,
  ignore: RegExp = /(^|\/)(node_modules|dist|\.[^/]*|__diffs__)(\/|$)/,
): Promise<string> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (ignore.test(relative(root, path))) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  await walk(root);
  files.sort();
  const parts = await Promise.all(
    files.map(async (file) => `${relative(root, file)}:${sha256(await readFile(file))}`),
  );
  return sha256(parts.join('\n'));
}

/**
 * The code folder of an installed package (`src/` in the repo, `dist/` when published), found by
 * walking up `node_modules` folders like Node does (exports maps hide `package.json`).
 */
export function packageCodeFolder(
  name: string,
  from: string = dirname(fileURLToPath(import.meta.url)),
): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', name);
    if (existsSync(join(root, 'package.json')))
      return existsSync(join(root, 'src')) ? join(root, 'src') : join(root, 'dist');
    if (dirname(dir) === dir) throw new Error(`Cannot find package ${name} from ${from}`);
  }
}
