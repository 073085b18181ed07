/**
 * `npm test`: Biome, the root type check, then every package's type check and tests through turbo,
 * ending with one line that sums the tests of every package: `tests: N passed, N failed, N skipped`.
 *
 * Every step runs even when an earlier one fails, so the total covers the whole repository; a failed
 * step that is not a test file (Biome, tsc, a package that crashed before its summary) counts as one
 * failure and is named above the total. The exit code is 1 when anything failed.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

interface Step {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
}

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

const STEPS: readonly Step[] = [
  { name: 'biome', command: 'biome', args: ['check', '.'] },
  { name: 'tsc', command: 'tsc', args: ['-p', 'tsconfig.json'] },
  // Two tasks at a time: each package's Vitest already uses both cores, and ten at once (turbo's
  // default) starve the browser and rendering tests into their time limits.
  { name: 'turbo', command: 'turbo', args: ['run', 'typecheck', 'test', '--continue', '--concurrency=2'] },
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour escapes
const ANSI = /\u001b\[[0-9;]*m/g;
/** Vitest's summary line, behind turbo's `<package>:test: ` prefix. */
const VITEST_SUMMARY = /^(\S+):test:\s+Tests\s+(.+?)\s+\(\d+\)\s*$/;
/** Turbo's closing list of failed tasks. */
const TURBO_FAILED_TASK = /^\s*Failed:\s+(\S+)#(\S+)\s*$/;

function countsOf(summary: string): Totals {
  const count = (word: string) => Number(summary.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') + count('todo') };
}

/** Runs one step, echoing its output, and returns the lines without colour escapes. */
function run(step: Step): Promise<{ ok: boolean; lines: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    const lines: string[] = [];
    const collect = (stream: NodeJS.ReadableStream, echo: NodeJS.WritableStream) => {
      createInterface({ input: stream }).on('line', (line) => {
        echo.write(`${line}\n`);
        lines.push(line.replace(ANSI, ''));
      });
    };
    collect(child.stdout, process.stdout);
    collect(child.stderr, process.stderr);
    child.on('error', (error) => {
      lines.push(String(error));
      resolve({ ok: false, lines });
    });
    child.on('close', (code) => resolve({ ok: code === 0, lines }));
  });
}

async function main(): Promise<void> {
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  const broken: string[] = [];
  for (const step of STEPS) {
    const { ok, lines } = await run(step);
    const failuresByPackage = new Map<string, number>();
    for (const line of lines) {
      const summary = VITEST_SUMMARY.exec(line);
      if (!summary) continue;
      const counts = countsOf(summary[2] ?? '');
      failuresByPackage.set(summary[1] ?? '', counts.failed);
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      totals.skipped += counts.skipped;
    }
    if (ok) continue;
    const failedTasks = lines.flatMap((line) => {
      const match = TURBO_FAILED_TASK.exec(line);
      return match ? [`${match[1]}#${match[2]}`] : [];
    });
    // A test task whose summary counted failures is already in the total; any other failed task
    // (a type check, a crash before the summary, an error outside the tests) is one failure.
    const uncounted = failedTasks.filter(
      (task) => !(task.endsWith('#test') && (failuresByPackage.get(task.split('#')[0] ?? '') ?? 0) > 0),
    );
    const extra = failedTasks.length > 0 ? uncounted : [step.name];
    broken.push(...extra);
    totals.failed += extra.length;
  }
  process.stdout.write('\n');
  if (broken.length > 0) process.stdout.write(`failed outside test files: ${broken.join(', ')}\n`);
  process.stdout.write(
    `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
  );
  process.exitCode = totals.failed > 0 || broken.length > 0 ? 1 : 0;
}

await main();
