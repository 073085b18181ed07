import type { RegisterCommand } from './index.js';

// Placeholder until the owning package lands; replaced by the real command.
export const registerLogos: RegisterCommand = (program) => {
  program.command('logos').description('(not yet available)');
};
