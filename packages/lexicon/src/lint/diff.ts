import { createTwoFilesPatch } from 'diff';

/** Unified diff of a fix, as `--fix-dry-run` prints it (`a/<name>` → `b/<name>`). */
export function unifiedDiff(name: string, before: string, after: string, context = 2): string {
  const path = name.replace(/^\/+/, '');
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context });
}
