// Prints "sha256  path" for every file of a kit folder but caches, sorted. A manifest's
// `inputsDigest` (a hash of the source code, which any code change alters) is blanked first, and a
// zip is digested entry by entry with its manifest blanked the same way, so a refactoring that
// changes no output compares equal. Used by scripts/kit-identical.sh.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';

const root = process.argv[2];
const sha = (data) => createHash('sha256').update(data).digest('hex');
const blankDigest = (text) => text.replace(/"inputsDigest":\s*"[0-9a-f]+"/, '"inputsDigest": ""');

function digestOf(path, data) {
  if (path.endsWith('manifest.json')) return sha(blankDigest(data.toString('utf8')));
  if (!path.endsWith('.zip')) return sha(data);
  const entries = unzipSync(new Uint8Array(data));
  const lines = Object.keys(entries)
    .sort()
    .map((name) => `${digestOf(name, Buffer.from(entries[name]))} ${name}`);
  return sha(lines.join('\n'));
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.blason-cache') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const lines = [...files(root)].map(
  (path) => `${digestOf(path, readFileSync(path))}  ./${relative(root, path)}`,
);
process.stdout.write(`${lines.sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1)).join('\n')}\n`);
