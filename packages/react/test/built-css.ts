import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the library in memory with its own Vite config and returns every emitted CSS file. */
export async function buildLibraryCss(): Promise<Map<string, string>> {
  const result = await build({
    root: packageRoot,
    configFile: path.join(packageRoot, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false, sourcemap: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const css = new Map<string, string>();
  for (const output of outputs) {
    for (const file of output.output) {
      if (file.type === 'asset' && file.fileName.endsWith('.css'))
        css.set(file.fileName, String(file.source));
    }
  }
  return css;
}

/** `var(--blason-…)` names a stylesheet reads. */
export function referencedVariables(css: string): Set<string> {
  return new Set(Array.from(css.matchAll(/var\(\s*--(blason-[a-z0-9-]+)/g), (match) => match[1] as string));
}
