import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old content or the new one, never a part:
 * the data goes to a temporary sibling, then is renamed over the target (atomic on POSIX).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await replaceAtomically(file, (temporary) => writeFile(temporary, data));
}

/**
 * Writes a file from chunks produced one after another, atomically as `writeFileAtomic` does. Each
 * chunk is written before the next is asked for, so a large file (a kit's zip) streams to disk
 * instead of being held whole in memory.
 */
export async function writeChunksAtomic(file: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  await replaceAtomically(file, async (temporary) => {
    const handle = await open(temporary, 'w');
    try {
      for await (const chunk of chunks) await handle.write(chunk);
    } finally {
      await handle.close();
    }
  });
}

async function replaceAtomically(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await write(temporary);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The temporaries `writeFileAtomic` names `.<file>.<12 hex>.tmp` (6 random bytes). */
const TEMPORARY = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporaries a killed run left under a folder (never a partial target: targets are
 * renamed into place whole), so that the next run starts clean.
 */
export async function sweepTemporaries(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sweepTemporaries(path);
      return TEMPORARY.test(entry.name) ? rm(path, { force: true }) : undefined;
    }),
  );
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
