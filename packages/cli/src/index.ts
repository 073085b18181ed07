export { createProgram, ExitCode, run, runProgram } from './program.js';
