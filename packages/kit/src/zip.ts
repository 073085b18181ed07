import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

/**
 * Local-time fields of this date are always 2000-01-01 00:00, whatever the time zone: zip headers
 * store local DOS time, so a fixed UTC instant would give different bytes in different zones.
 */
const FIXED_LOCAL_TIME = new Date(2000, 0, 1, 0, 0, 0);
const UNIX = 3;
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Zips a directory deterministically: sorted entries, fixed times and permissions, so the same
 * files always give the same archive bytes. `prefix` becomes the top folder inside the archive.
 */
export async function zipDirectory(dir: string, prefix: string): Promise<Uint8Array> {
  const files: Zippable = {};
  for (const path of await listFiles(dir)) {
    const data = new Uint8Array(await readFile(join(dir, path)));
    files[`${prefix}/${path}`] = [data, { level: isCompressed(path) ? 0 : 6 }];
  }
  return zipSync(files, { mtime: FIXED_LOCAL_TIME, os: UNIX, attrs: REGULAR_FILE_0644 });
}

/** Already-compressed formats gain nothing from deflate; storing them keeps zipping fast. */
function isCompressed(path: string): boolean {
  return /\.(png|jpe?g|webp|avif|woff2?|zip|pdf)$/i.test(path);
}
