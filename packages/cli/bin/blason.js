#!/usr/bin/env node
// Entry point of the `blason` command. Inside the repository it runs the compiled `dist/` when it
// was built after the last change to the sources (`compiled-build.js`), and otherwise, or when
// BLASON_FROM_SOURCE=1, the TypeScript sources through tsx with the `source` export condition
// (workers inherit these flags); a published package runs its compiled `dist/`. The rendering
// commands run in a process started with the settings of `render-process.js` (V8's tiering and
// young generation, glibc's allocator: all read only at start-up).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compiledIsCurrent } from './compiled-build.js';
import { isRenderProcess, runAsRenderProcess } from './render-process.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const source = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const compiled = fileURLToPath(new URL('../dist/main.js', import.meta.url));
/**
 * The commands that render: the others (lint, check, tokens…) start faster without a second process.
 * `kit` starts its own when it has something to build (a no-change rerun does not).
 */
const RENDERING = new Set(['render', 'logos', 'studio']);

const fromSource =
  existsSync(source) && (process.env.BLASON_FROM_SOURCE === '1' || !compiledIsCurrent(packageDir, 'main.js'));

if (fromSource) {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  runAsRenderProcess(['--conditions=source', '--import', tsx, source, ...process.argv.slice(2)]);
} else if (RENDERING.has(process.argv[2] ?? '') && !isRenderProcess()) {
  runAsRenderProcess([...process.execArgv, ...process.argv.slice(1)]);
} else {
  await import(compiled);
}
