import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'([^']+)'/gm;

/** Every module `entry` loads before it runs: static value imports, followed within this package. */
function staticImports(entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string) => {
    const source = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
    for (const [, specifier] of source.matchAll(STATIC_IMPORT)) {
      if (!specifier || reached.has(specifier)) continue;
      reached.add(specifier);
      if (specifier.startsWith('./')) visit(specifier.replace(/\.js$/, '.ts'));
    }
  };
  visit(entry);
  return reached;
}

describe('the kit builder entry (@blason/kit/build)', () => {
  it('leaves the partner kits code to the threads that write partner kits', () => {
    const reached = staticImports('./build.ts');
    expect(reached).toContain('@blason/render');
    for (const partnerCode of ['@blason/logos', '@blason/print', './partner.js', './partner-task.js']) {
      expect(reached).not.toContain(partnerCode);
    }
  });

  it('lets a worker thread start rendering before it loads the partner kits code', () => {
    const reached = staticImports('./worker.ts');
    expect(reached).toContain('./kit-context.js');
    expect(reached).not.toContain('@blason/logos');
    expect(reached).not.toContain('./partner-task.js');
  });
});
