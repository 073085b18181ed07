import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { runNodeScript } from './node-script.js';

const virtualId = 'virtual:blason/brand';
const resolvedId = `\0${virtualId}`;
const script = fileURLToPath(new URL('./brand-data.ts', import.meta.url));

const tokenFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tokenFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/**
 * `import brand from 'virtual:blason/brand'`: the brand resolved from `tokens/` at build time, so the
 * docs pages are generated from the tokens themselves; editing a token file reloads them in dev.
 */
export function blasonBrand(tokensDir: string): Plugin {
  return {
    name: 'blason-brand',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      for (const file of tokenFiles(tokensDir)) this.addWatchFile(file);
      return `export default JSON.parse(${JSON.stringify(await runNodeScript(script, [tokensDir]))});`;
    },
  };
}
