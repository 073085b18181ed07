export { createProgram, ExitCode, run } from './program.js';
