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
