import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

export interface AppFile {
  readonly bytes: Buffer;
  readonly mediaType: string;
}

/** The built web app by URL path (`/index.html`, `/assets/…`): requests never name a file on disk. */
export type AppFiles = ReadonlyMap<string, AppFile>;

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** Reads every file of the built app once, at start-up; undefined when the app was not built. */
export async function loadAppFiles(dir: string): Promise<AppFiles | undefined> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return undefined;
  const files = new Map<string, AppFile>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    files.set(url, {
      bytes: await readFile(path),
      mediaType: MEDIA_TYPES[extname(path)] ?? 'application/octet-stream',
    });
  }
  return files.has('/index.html') ? files : undefined;
}
