import type { Problem } from '@blason/core';

/**
 * The browser engine cannot import `@blason/core` at runtime (its entry pulls `node:fs`), so it
 * throws this twin of `BlasonError`: same name and `problems`, recognised by `isBlasonError`.
 */
export class EngineError extends Error {
  override readonly name = 'BlasonError';
  readonly problems: readonly Problem[];

  constructor(summary: string, problems: readonly Problem[]) {
    super(`${summary}\n${problems.map((p) => `  ${p.path ? `${p.path} — ` : ''}${p.message}`).join('\n')}`);
    this.problems = problems;
  }
}
