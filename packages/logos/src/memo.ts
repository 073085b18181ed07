import { sha256 } from '@blason/core';

/**
 * Entries kept: the shared wordmark's (about 15: three variants, each cropped, rasterised at three
 * scales and encoded as PDF) are used by every partner, so they stay among the most recent; a
 * partner's own lockups are dropped once later partners have filled the cache. Without a bound, a
 * thread building a whole territory (95 partners) kept every partner's PNGs and PDFs until the end.
 */
const MAX_ENTRIES = 160;

/**
 * Results shared by the partners of one build: the shared brand's wordmark is the same file for
 * every partner, so it is measured, rasterised and encoded once. Keys hash the whole input, so
 * a hit returns exactly what a fresh computation would (outputs stay deterministic). The least
 * recently used entries go beyond `maxEntries`, so memory stays bounded however many partners.
 */
export class Memo {
  readonly #entries = new Map<string, Promise<unknown>>();
  readonly #maxEntries: number;

  constructor(maxEntries = MAX_ENTRIES) {
    this.#maxEntries = maxEntries;
  }

  /** Entries held now (at most `maxEntries`). */
  get size(): number {
    return this.#entries.size;
  }

  get<T>(kind: string, input: string, compute: () => Promise<T>): Promise<T> {
    const key = `${kind}:${sha256(input)}`;
    const known = this.#entries.get(key) as Promise<T> | undefined;
    if (known) {
      // Most recently used last: a Map iterates in insertion order.
      this.#entries.delete(key);
      this.#entries.set(key, known);
      return known;
    }
    const result = compute();
    this.#entries.set(key, result);
    result.catch(() => {
      if (this.#entries.get(key) === result) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return result;
  }
}
