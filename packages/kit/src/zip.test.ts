import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { listFiles, zipChunks, zipDirectory } from './zip.js';

async function fixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'blason-zip-'));
  await mkdir(join(dir, 'visuels', 'b'), { recursive: true });
  await writeFile(join(dir, 'LISEZMOI.txt'), 'Bonjour');
  await writeFile(join(dir, 'visuels', 'b', 'image.png'), new Uint8Array([137, 80, 78, 71]));
  await writeFile(join(dir, 'visuels', 'a.svg'), '<svg/>');
  return dir;
}

describe('zipDirectory', () => {
  test('lists files sorted with forward slashes', async () => {
    expect(await listFiles(await fixture())).toEqual([
      'LISEZMOI.txt',
      'visuels/a.svg',
      'visuels/b/image.png',
    ]);
  });

  test('round-trips every file under the prefix', async () => {
    const archive = unzipSync(await zipDirectory(await fixture(), 'capso'));
    expect(Object.keys(archive).sort()).toEqual([
      'capso/LISEZMOI.txt',
      'capso/visuels/a.svg',
      'capso/visuels/b/image.png',
    ]);
    expect(new TextDecoder().decode(archive['capso/LISEZMOI.txt'])).toBe('Bonjour');
  });

  test('comes out entry by entry, the same bytes as the whole archive', async () => {
    const dir = await fixture();
    const chunks: Uint8Array[] = [];
    for await (const chunk of zipChunks(dir, 'kit')) chunks.push(chunk);
    // At least a header and a body per file, then the central directory.
    expect(chunks.length).toBeGreaterThan(6);
    expect(Buffer.concat(chunks).equals(Buffer.from(await zipDirectory(dir, 'kit')))).toBe(true);
  });

  test('gives the same bytes for the same files, whenever they were written', async () => {
    const first = await zipDirectory(await fixture(), 'kit');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await zipDirectory(await fixture(), 'kit');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
