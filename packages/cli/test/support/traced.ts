import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const main = new URL('../../src/main.ts', import.meta.url).pathname;
const tsx = createRequire(import.meta.url).resolve('tsx');
/** A loader hook that prints every module URL the process loads. */
const traceLoads =
  'data:text/javascript,export async function load(url, context, next) { process.stderr.write("LOADED " + url + "\\n"); return next(url, context); }';

/** Runs `blason <args>` from the sources with a loader hook; returns its output and every module it loaded. */
export function runTraced(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { stdout: string; loaded: string[] } {
  const result = spawnSync(
    process.execPath,
    [
      '--no-warnings',
      '--conditions=source',
      '--import',
      tsx,
      '--experimental-loader',
      traceLoads,
      main,
      ...args,
    ],
    { encoding: 'utf8', env },
  );
  const loaded = result.stderr.split('\n').filter((line) => line.startsWith('LOADED '));
  return { stdout: result.stdout, loaded };
}
