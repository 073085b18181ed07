import type { RegisterCommand } from './index.js';

// Placeholder until the owning package lands; replaced by the real command.
export const registerTokens: RegisterCommand = (program) => {
  program.command('tokens').description('(not yet available)');
};
