/**
 * Runs every `scripts/bench/*.bench.ts` (or those named on the command line), prints one table and
 * writes all figures to `dist/bench/results.json`.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRenderProcess, runAsRenderProcess } from '@blason/cli/render-process';
import { stableStringify, writeFileAtomic } from '@blason/core';
import type { BenchResult, BenchSuite } from './types.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');

// React picks its development build (checks and frozen props on every element) when NODE_ENV is
// unset; the render workers run the production one (packages/render/src/node/threads.ts), so the
// in-process figures must too. Set here, before any suite is imported (suites load React).
process.env.NODE_ENV ??= 'production';

/**
 * The figures are those of the `blason` command, whose process starts with V8's and glibc's
 * rendering settings (packages/cli/bin/render-process.js): without them, this process is run
 * again with them.
 */
function ensureRenderProcess(): void {
  if (isRenderProcess()) return;
  runAsRenderProcess([...process.execArgv, ...process.argv.slice(1)]);
}

async function main(): Promise<void> {
  ensureRenderProcess();
  const only = process.argv.slice(2);
  const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
  const selected = only.length > 0 ? files.filter((f) => only.some((name) => f.startsWith(name))) : files;
  const results: BenchResult[] = [];
  for (const file of selected) {
    process.stderr.write(`bench: ${file}…\n`);
    const suite = (await import(join(here, file))) as { run: BenchSuite };
    results.push(...(await suite.run()));
  }
  printTable(results);
  const output = join(root, 'dist', 'bench', 'results.json');
  await writeFileAtomic(output, stableStringify({ node: process.version, results }));
  process.stdout.write(`\nwritten: ${output}\n`);
}

function printTable(results: readonly BenchResult[]): void {
  const rows = results.map((r) => [
    r.suite,
    r.name,
    `${round(r.value)} ${r.unit}`,
    r.target ?? '',
    r.peer ? `${r.peer.name}: ${round(r.peer.value)} ${r.unit} (×${round(r.peer.ratio)})` : '',
  ]);
  const header = ['suite', 'measure', 'value', 'target', 'peer'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  process.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

await main();
