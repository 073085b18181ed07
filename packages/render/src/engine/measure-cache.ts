import type { LoadedFonts } from './fonts.js';

/** Satori's layout width for measures: wide enough that nothing wraps but what must. */
export const MEASURE_WIDTH = 8192;
/** A cache past this many entries starts again empty: the set of texts of a run is bounded. */
const MAX_ENTRIES = 20_000;

/**
 * Memoised text measures of one kind, per font set and per block builder (they draw the same
 * text alike): each kind of measure gets its own store.
 */
export function measureStore<V>(): (fonts: LoadedFonts, block: unknown) => Map<string, V> {
  const stores = new WeakMap<LoadedFonts, Map<unknown, Map<string, V>>>();
  return (fonts, block) => {
    const byBlock = stores.get(fonts) ?? new Map<unknown, Map<string, V>>();
    stores.set(fonts, byBlock);
    const store = byBlock.get(block) ?? new Map<string, V>();
    byBlock.set(block, store);
    if (store.size > MAX_ENTRIES) store.clear();
    return store;
  };
}
