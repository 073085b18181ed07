import { sha256 } from '@blason/core';

/**
 * Results shared by the partners of one build: the shared brand's wordmark is the same file for
 * every partner, so it is measured, rasterised and encoded once. Keys hash the whole input, so
 * a hit returns exactly what a fresh computation would (outputs stay deterministic).
 */
export class Memo {
  readonly #entries = new Map<string, Promise<unknown>>();

  get<T>(kind: string, input: string, compute: () => Promise<T>): Promise<T> {
    const key = `${kind}:${sha256(input)}`;
    const known = this.#entries.get(key) as Promise<T> | undefined;
    if (known) return known;
    const result = compute();
    this.#entries.set(key, result);
    result.catch(() => this.#entries.delete(key));
    return result;
  }
}
