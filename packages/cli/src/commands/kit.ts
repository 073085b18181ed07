import type { RegisterCommand } from './index.js';

// Placeholder until the owning package lands; replaced by the real command.
export const registerKit: RegisterCommand = (program) => {
  program.command('kit').description('(not yet available)');
};
