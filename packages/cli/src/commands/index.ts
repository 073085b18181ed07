import type { Command } from 'commander';

/**
 * Each command lives in its own module and registers itself on the program. `program.ts` lists the
 * modules and imports one only when its command runs.
 */
export type RegisterCommand = (program: Command) => void;
