import { join } from 'node:path';
import { mediaTypeOf, sha256, writeFileAtomic } from '@blason/core';
import type { LogoEntry } from './types.js';

type EntryFacts = Omit<LogoEntry, 'bytes' | 'sha256' | 'mediaType'>;

/** Writes one logo file atomically under `<outDir>/<partner>/` and describes it. */
export async function writeLogoFile(
  partnerDir: string,
  facts: EntryFacts,
  data: string | Uint8Array,
): Promise<LogoEntry> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  await writeFileAtomic(join(partnerDir, ...facts.path.split('/')), bytes);
  return { ...facts, mediaType: mediaTypeOf(facts.path), bytes: bytes.byteLength, sha256: sha256(bytes) };
}
