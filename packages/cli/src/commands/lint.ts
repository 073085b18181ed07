import type { RegisterCommand } from './index.js';

// Placeholder until the owning package lands; replaced by the real command.
export const registerLint: RegisterCommand = (program) => {
  program.command('lint').description('(not yet available)');
};
