/**
 * The render bench's one-thread loop (text measures reused) in a process of its own:
 * `node <render flags> --import tsx render-loop-run.ts <rounds>`. It warms up, prints `ready`, then
 * runs one timed pass for each `go` line on its standard input and prints the pass as JSON, so that
 * several such processes can be timed side by side. It exits when its input ends.
 */
import { createInterface } from 'node:readline';
import { loadDeps } from '@blason/render';
import { lexiconDir, oneThreadLoop, samples, tokensDir } from './render-loop.js';

const rounds = Number(process.argv[2]);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('usage: render-loop-run.ts <rounds>');
const deps = await loadDeps({ tokensDir, lexiconDir });
const pass = await oneThreadLoop(deps, samples(deps), rounds, false);
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'go') continue;
  process.stdout.write(`${JSON.stringify(await pass())}\n`);
}
