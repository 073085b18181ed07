#!/usr/bin/env node
// Entry point of the `blason` command. Inside the repository it runs the TypeScript sources
// through tsx with the `source` export condition (workers inherit these flags); a published
// package runs its compiled `dist/`. Either way the command runs in a process started with the
// allocator settings of `allocator-env.js` (glibc reads them only at start-up).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { hasAllocatorTunables, runWithAllocatorTunables } from './allocator-env.js';

const source = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const compiled = fileURLToPath(new URL('../dist/main.js', import.meta.url));
/** The commands that render: the others (lint, check, tokens…) start faster without a second process. */
const RENDERING = new Set(['kit', 'render', 'logos', 'studio']);

if (existsSync(source)) {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  runWithAllocatorTunables(['--conditions=source', '--import', tsx, source, ...process.argv.slice(2)]);
} else if (
  process.platform === 'linux' &&
  RENDERING.has(process.argv[2] ?? '') &&
  !hasAllocatorTunables(process.env)
) {
  runWithAllocatorTunables([...process.execArgv, ...process.argv.slice(1)]);
} else {
  await import(compiled);
}
