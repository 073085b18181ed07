import { BlasonError } from '@blason/core';

export interface Shard {
  /** 1-based index of this shard. */
  readonly index: number;
  readonly count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new BlasonError(
      `Option --shard invalide : « ${value} »`,
      [
        {
          code: 'render/invalid-shard',
          path: '--shard',
          message: `lot invalide « ${value} »`,
          expected: 'i/n avec 1 ≤ i ≤ n, par exemple 2/4',
          language: 'fr',
        },
      ],
      { kind: 'usage' },
    );
  }
  return { index, count };
}

/**
 * The jobs of one shard: the list is sorted by key and dealt round-robin, so shards never
 * overlap, together cover every job, and balance templates and formats across machines.
 */
export function selectShard<T extends { readonly key: string }>(jobs: readonly T[], shard?: Shard): T[] {
  const sorted = [...jobs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (!shard || shard.count === 1) return sorted;
  return sorted.filter((_, position) => position % shard.count === shard.index - 1);
}

/**
 * Visuals each started thread should have to render before it pays for itself, when the caller
 * leaves the number of threads to the engine. A thread takes 1.2–1.8 s to load the engine and the
 * brand and to warm up (from sources through tsx; about half that from `dist/`). `blason render`
 * from sources on two cores: 45 visuals took 6.2 s in this thread against 6.6 s on two threads, 72
 * took 9.2 against 8.4 s, 126 took 10.0 against 8.8 s.
 */
export const VISUALS_PER_THREAD = 32;

/**
 * Worker threads for `visuals` to render in `batches` (a thread takes whole batches): as many as
 * `requested`, else as many as the cores and the visuals pay for. 1 renders in the calling thread.
 */
export function threadsFor(run: {
  readonly visuals: number;
  readonly batches: number;
  readonly requested: number | undefined;
  readonly cores: number;
}): number {
  const paidFor = Math.min(run.cores, Math.floor(run.visuals / VISUALS_PER_THREAD));
  return Math.max(1, Math.min(run.requested ?? paidFor, run.batches));
}
