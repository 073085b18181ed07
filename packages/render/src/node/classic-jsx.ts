import * as React from 'react';

/**
 * tsx applies a tsconfig only to the files it includes: run from the repository root (the CLI),
 * TSX of other packages (the templates, the logos' usage sheet) is compiled with the classic
 * runtime, which calls a global `React.createElement`. Providing it keeps the CLI and the worker
 * threads working whatever the cwd; under Vitest and tsc the automatic runtime is used and this is
 * inert.
 */
export function provideClassicJsxRuntime(): void {
  const scope = globalThis as unknown as { React?: typeof React };
  scope.React ??= React;
}
