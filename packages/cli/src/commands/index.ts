import type { Command } from 'commander';

/**
 * Each command lives in its own module and registers itself on the program. `program.ts` lists the
 * modules and imports one only when its command runs.
 */
export type RegisterCommand = (program: Command, context?: RunContext) => void;

/** What the process running the CLI offers its commands. */
export interface RunContext {
  /**
   * Called by a command that decides late whether it renders (`kit`: not on a no-change rerun),
   * once it knows it will, before it loads the renderer. The launcher's `main.ts` restarts the
   * process there with the rendering settings when it lacks them; a program calling `run` may leave
   * it out.
   */
  readonly beforeRender?: () => void;
}
