import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT_KINDS } from '@blason/render';
import { expect, test } from 'vitest';
import { OUTPUT_KIND_NAMES } from '../src/output-option.js';
import { writeFinishedKit } from './support/stamp.js';
import { runTraced } from './support/traced.js';

const root = new URL('../../../', import.meta.url).pathname;
const main = new URL('../src/main.ts', import.meta.url).pathname;
const tsx = createRequire(import.meta.url).resolve('tsx');

test('--formats accepts exactly the render engine’s output kinds', () => {
  expect([...OUTPUT_KIND_NAMES]).toEqual([...OUTPUT_KINDS]);
});

test('a no-change `blason kit` rerun loads neither the kit builder, the renderer nor the image libraries', async () => {
  const out = await mkdtemp(join(tmpdir(), 'blason-kit-rerun-'));
  // The stamp a finished build writes for these inputs and options.
  const zip = await writeFinishedKit(root, out);
  const result = runTraced(['kit', '--root', root, '--out', out]);
  expect(result.stdout).toContain('Kits inchangés');
  expect(result.stdout).toContain(zip);
  const loaded = result.loaded;
  expect(loaded.some((line) => line.includes('/packages/kit/src/stamp.ts'))).toBe(true);
  // Of the lexicon, only `@blason/lexicon/spacing` (one function, no dependency) that spaces the output.
  const heavy = loaded.filter((line) =>
    /\/(?:sharp|satori|@resvg|piscina|style-dictionary|pdfkit|fflate|react|packages\/(?:render|logos|tokens|templates|print))\/|\/packages\/lexicon\/(?!src\/spacing\.ts$)|\/packages\/kit\/src\/(?!stamp)/.test(
      line,
    ),
  );
  expect(heavy).toEqual([]);
  // Another option is another kit: the stamp does not answer for it.
  const other = spawnSync(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      tsx,
      main,
      'kit',
      '--root',
      root,
      '--out',
      out,
      '--partner',
      'nobody',
    ],
    {
      encoding: 'utf8',
    },
  );
  expect(other.status).toBe(2);
}, 90_000);
