import type { Command } from 'commander';
import { registerCheck } from './check.js';
import { registerGlossary } from './glossary.js';
import { registerKit } from './kit.js';
import { registerLint } from './lint.js';
import { registerLogos } from './logos.js';
import { registerRender } from './render.js';
import { registerStudio } from './studio.js';
import { registerTokens } from './tokens.js';

/** Each command lives in its own module and registers itself on the program. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerCheck,
  registerTokens,
  registerLint,
  registerGlossary,
  registerRender,
  registerLogos,
  registerKit,
  registerStudio,
];
