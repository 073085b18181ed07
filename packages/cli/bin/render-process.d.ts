/** V8 flags a rendering process starts with (process-wide: its worker threads get them too). */
export const RENDER_V8_FLAGS: readonly string[];
/** Whether this process started with the rendering settings (V8 flags and, on Linux, allocator settings). */
export function isRenderProcess(env?: NodeJS.ProcessEnv, execArgv?: readonly string[]): boolean;
/** Runs `node <args>` in a child process with the rendering settings, and exits as it does. */
export function runAsRenderProcess(args: readonly string[]): never;
