#!/usr/bin/env node
// Entry point of the `blason` command. Inside the repository it runs the TypeScript sources
// through tsx with the `source` export condition (workers inherit these flags); a published
// package runs its compiled `dist/`. Either way the rendering commands run in a process started
// with the settings of `render-process.js` (V8's tiering, glibc's allocator: both read only at
// start-up).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isRenderProcess, runAsRenderProcess } from './render-process.js';

const source = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const compiled = fileURLToPath(new URL('../dist/main.js', import.meta.url));
/** The commands that render: the others (lint, check, tokens…) start faster without a second process. */
const RENDERING = new Set(['kit', 'render', 'logos', 'studio']);

if (existsSync(source)) {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  runAsRenderProcess(['--conditions=source', '--import', tsx, source, ...process.argv.slice(2)]);
} else if (RENDERING.has(process.argv[2] ?? '') && !isRenderProcess()) {
  runAsRenderProcess([...process.execArgv, ...process.argv.slice(1)]);
} else {
  await import(compiled);
}
