import { spawnSync } from 'node:child_process';
import { hasAllocatorTunables, withAllocatorTunables } from './allocator-env.js';

/**
 * V8 settings for a rendering process. They are process-wide: the render and kit worker threads
 * (each its own isolate, compiling its own code) get them too.
 *
 * V8 sends a function to its optimising compiler once it has run about 66 KiB of bytecode. A kit
 * runs many functions hard for a short while (token build, fitting, svg-to-pdfkit, logo sheets), in
 * every thread: `perf` put 18 % of the sample kit's CPU in that compiler, and with it turned off
 * (`--no-opt`) the kit took as long as with it (35.5 against 34.3–35.8 s). With a budget sixteen
 * times larger only the code that stays hot is optimised: the kit went to 28.4–29.9 s (user CPU
 * 58 → 48–51 s), one render thread from 17.3 to 22.2 visuals/s (`npm run bench`). 512 KiB, 2 MiB
 * and 4 MiB did about as well (29.4, 29.2, 29.6 s).
 *
 * The main thread renders small runs and `--jobs 1` itself, and makes as much short-lived garbage
 * as a render worker, whose young generation is 192 MB (`threads.ts`): three semi-spaces of 64 MB
 * give it the same. On the sample set with `--jobs 1` its garbage collection went from 2.9 to 2.4 s
 * (`--cpu-prof`; 32 MB: 2.6 s), for about 60 MB more at peak.
 */
export const RENDER_V8_FLAGS = ['--interrupt-budget=1048576', '--max-semi-space-size=64'];

/** Whether this process started with the rendering settings (else it should be run again with them). */
export function isRenderProcess(env = process.env, execArgv = process.execArgv) {
  const allocator = process.platform !== 'linux' || hasAllocatorTunables(env);
  return allocator && RENDER_V8_FLAGS.every((flag) => execArgv.includes(flag));
}

/**
 * Runs `node <args>` again in a child process started with the rendering settings (V8 flags and
 * glibc's allocator settings), sharing this process' terminal, and exits as the child does (same
 * status, same signal).
 */
export function runAsRenderProcess(args) {
  const { status, signal } = spawnSync(process.execPath, [...RENDER_V8_FLAGS, ...args], {
    stdio: 'inherit',
    env: withAllocatorTunables(process.env),
  });
  if (signal) process.kill(process.pid, signal);
  process.exit(status ?? 1);
}
