import { afterEach, vi } from 'vitest';

/**
 * Registers, for the calling test file, the reset of what a CLI run leaves behind: spies on the
 * standard streams and `process.exitCode`.
 */
export function resetAfterEach(): void {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
}

/** What the CLI writes to standard output and error until the test ends, instead of the terminal. */
export function capture(): { stdout: string[]; stderr: string[] } {
  const out = { stdout: [] as string[], stderr: [] as string[] };
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.stdout.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => out.stderr.push(String(chunk)) > 0);
  return out;
}
