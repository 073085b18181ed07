import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Problem } from '@blason/core';

/** What the studio knows of a content's photo (from the render's `imageRef`). */
export interface PhotoRef {
  readonly field: string;
  readonly src: string;
}

const REMOTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A request's photo must be a file inside the assets folder, named relative to the campaign file:
 * no absolute path, no `..` out of the folder, no symbolic link leading elsewhere. Remote addresses
 * are left to the render, which refuses them unless the server allows them.
 */
export async function photoProblem(
  ref: PhotoRef | undefined,
  campaignFile: string,
  assetsDir: string,
): Promise<Problem | undefined> {
  if (!ref || REMOTE.test(ref.src)) return undefined;
  const problem: Problem = {
    code: 'studio/image-outside-assets',
    path: `content.${ref.field}`,
    message: `l’image « ${ref.src} » doit être un fichier du dossier assets/, indiqué par un chemin relatif`,
  };
  if (isAbsolute(ref.src) || ref.src.includes('\0')) return problem;
  const root = await realpath(assetsDir).catch(() => resolve(assetsDir));
  const location = resolve(dirname(campaignFile), ref.src);
  if (!inside(root, location) && !inside(resolve(assetsDir), location)) return problem;
  const real = await realpath(location).catch(() => undefined);
  // A missing file is the render's to report (« image illisible »); a link out of assets/ is ours.
  if (real && !inside(root, real)) return problem;
  return undefined;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
