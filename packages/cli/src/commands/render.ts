import type { RegisterCommand } from './index.js';

// Placeholder until the owning package lands; replaced by the real command.
export const registerRender: RegisterCommand = (program) => {
  program.command('render').description('(not yet available)');
};
