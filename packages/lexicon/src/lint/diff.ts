import { createTwoFilesPatch } from 'diff';

/** Unified diff of a fix, as `--fix-dry-run` prints it (`a/<name>` → `b/<name>`). */
export function unifiedDiff(name: string, before: string, after: string, context = 2): string {
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, '', '', { context });
}
