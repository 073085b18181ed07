import type { RegisterCommand } from './index.js';

// Placeholder until the owning package lands; replaced by the real command.
export const registerGlossary: RegisterCommand = (program) => {
  program.command('glossary').description('(not yet available)');
};
