import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const site = path.resolve(import.meta.dirname, '..');
const published = ['react', 'theme'].map(
  (name) => `${path.sep}packages${path.sep}${name}${path.sep}dist${path.sep}`,
);

/**
 * The site's code against the published declarations, as a strict partner project would check it:
 * no Node types, no `skipLibCheck`, no `source` condition.
 */
function diagnostics(): string[] {
  const program = ts.createProgram({
    rootNames: ['src/App.tsx', 'test/fixtures/examples-entry.ts'].map((file) => path.join(site, file)),
    options: {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
  });
  return (
    ts
      .getPreEmitDiagnostics(program)
      // the site's files and the published declarations it installs (@blason/theme's are self-contained)
      .filter((diagnostic) => {
        const file = diagnostic.file?.fileName ?? '';
        return file.startsWith(site) || published.some((dir) => file.includes(dir));
      })
      .map((diagnostic) => {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
        return `${diagnostic.file?.fileName ?? ''}: ${message}`;
      })
  );
}

describe('the published declarations of @blason/react and @blason/theme', () => {
  it('type-check in a strict project without Node types', () => {
    expect(diagnostics()).toEqual([]);
  }, 180_000);
});
