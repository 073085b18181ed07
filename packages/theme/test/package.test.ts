import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packageDir = path.resolve(import.meta.dirname, '..');
const dist = path.join(packageDir, 'dist');
const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

function typeErrors(rootNames: string[], options: ts.CompilerOptions = {}): string[] {
  const program = ts.createProgram({
    rootNames,
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
      ...options,
    },
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('@blason/theme as a website installs it', () => {
  it('imports at run time nothing but its dependencies', async () => {
    const result = await build({
      entryPoints: ['sample.js', 'contract.js'].map((file) => path.join(dist, file)),
      bundle: true,
      write: false,
      metafile: true,
      outdir: 'out',
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    const packages = Object.keys(result.metafile.inputs)
      .map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1])
      .filter((name): name is string => name !== undefined);
    const direct = new Set(packages.filter((name) => name.startsWith('@vanilla-extract/css')));
    expect([...direct]).toEqual(Object.keys(manifest.dependencies));
    expect(packages.filter((name) => /style-dictionary|zod|colorjs|piscina|@blason\//.test(name))).toEqual(
      [],
    );
  });

  it('declares its values with self-contained types: no import outside the package, no error', () => {
    const declarations = ['sample.d.ts', 'contract.d.ts', 'types.d.ts'].map((file) => path.join(dist, file));
    const imports = declarations.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+["']([^"']+)["']/g)].map((match) => match[1]),
    );
    expect(imports.filter((specifier) => !specifier?.startsWith('./'))).toEqual([]);
    expect(typeErrors(declarations)).toEqual([]);
  });

  it('writes out the types of the tokens’ contract faithfully: every contract value fits them', () => {
    const check = path.join(packageDir, 'test', 'fixtures', 'contract-fits.ts');
    expect(typeErrors([check], { skipLibCheck: true })).toEqual([]);
  }, 60_000);
});
