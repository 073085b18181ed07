import type { Problem } from '@blason/core';
import type { z } from 'zod';

/** `figures[1].label` from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export type ContentResult<C> = { ok: true; content: C } | { ok: false; problems: Problem[] };

/**
 * Validates content against a template schema; every problem names its field path (prefixed,
 * e.g. `content.title`) and carries a French message.
 */
export function validateContent<C>(
  schema: z.ZodType<C>,
  input: unknown,
  options: { file?: string; pathPrefix?: string } = {},
): ContentResult<C> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, content: parsed.data };
  const problems = parsed.error.issues.map(
    (issue): Problem => ({
      code: 'content/invalid',
      severity: 'error',
      message: issue.message,
      path: fieldPath(issue.path, options.pathPrefix ?? ''),
      ...(options.file ? { file: options.file } : {}),
    }),
  );
  return { ok: false, problems };
}
