import { join } from 'node:path';
import { loadDeps, nodeFonts } from '../../src/index.js';

export const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');
export const tokensDir = join(repoRoot, 'tokens');
export const lexiconDir = join(repoRoot, 'tokens', 'lexicon');

let deps: ReturnType<typeof loadDeps> | undefined;

/** The real brand, templates and fonts, loaded once per test file. */
export function testDeps() {
  deps ??= loadDeps({ tokensDir });
  return deps;
}

export const fonts = nodeFonts();
