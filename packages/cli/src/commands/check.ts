import type { RegisterCommand } from './index.js';

// Placeholder until the owning package lands; replaced by the real command.
export const registerCheck: RegisterCommand = (program) => {
  program.command('check').description('(not yet available)');
};
