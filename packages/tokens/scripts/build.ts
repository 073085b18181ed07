/**
 * `npm run build -w @blason/tokens`: compiles the package (tsc) beforehand, then builds the repository's
 * sample brand from `tokens/` into `dist/` (CSS, SCSS, JSON, sample module, vanilla-extract contract).
 */
import { fileURLToPath } from 'node:url';
import { formatProblem, isBlasonError } from '@blason/core';
import { buildTokens } from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tokensDir = fileURLToPath(new URL('../../../tokens', import.meta.url));

try {
  const started = performance.now();
  const result = await buildTokens({ tokensDir, outDir: `${packageDir}dist` });
  for (const warning of result.warnings) process.stderr.write(`warning: ${formatProblem(warning)}\n`);
  process.stderr.write(
    `tokens: ${result.files.length} files for ${result.permutations} partner × mode in ${Math.round(performance.now() - started)} ms\n`,
  );
} catch (error) {
  if (!isBlasonError(error)) throw error;
  process.stderr.write(`${error.problems.map(formatProblem).join('\n') || error.message}\n`);
  process.exitCode = 1;
}
