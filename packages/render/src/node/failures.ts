import type { Problem } from '@blason/core';
import { displayPath } from './campaign.js';
import type { VisualJob } from './visual.js';

/**
 * The same problem usually hits every format and partner of a campaign (a lint error, a missing
 * glyph): it is reported once, naming the first visual and how many others it stops.
 */
export function mergeFailures(
  failures: ReadonlyArray<{ key: string; problems: readonly Problem[] }>,
): Problem[] {
  const merged = new Map<string, { problem: Problem; keys: string[] }>();
  for (const { key, problems } of [...failures].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    for (const problem of problems) {
      const id = JSON.stringify([problem.code, problem.file, problem.path, problem.message]);
      const entry = merged.get(id);
      if (entry) entry.keys.push(key);
      else merged.set(id, { problem, keys: [key] });
    }
  }
  return [...merged.values()].map(({ problem, keys }) => {
    const others = keys.length - 1;
    const where =
      others > 0
        ? `${keys[0]} et ${others} autre${others > 1 ? 's' : ''} visuel${others > 1 ? 's' : ''}`
        : keys[0];
    return { ...problem, message: `${problem.message} [${where}]` };
  });
}

export function internalProblem(job: VisualJob, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'render/internal',
    severity: 'error',
    file: displayPath(job.campaign.file),
    message: `échec interne du rendu (${message})`,
  };
}
