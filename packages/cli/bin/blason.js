#!/usr/bin/env node
// Entry point of the `blason` command. Inside the repository it runs the TypeScript sources
// through tsx with the `source` export condition (workers inherit these flags); a published
// package runs its compiled `dist/`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const compiled = fileURLToPath(new URL('../dist/main.js', import.meta.url));

if (existsSync(source)) {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const { status, signal } = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', tsx, source, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (signal) process.kill(process.pid, signal);
  process.exit(status ?? 1);
} else {
  await import(compiled);
}
