import type { ReactElement } from 'react';
import satori, { type SatoriOptions } from 'satori';
import type { LoadedFonts } from './fonts.js';

/**
 * What the engine's text measures share: the layout they are read from (one column of tagged
 * elements, text left as text) and the caches that keep them.
 */

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

/** An element as satori reports it after layout. */
export type MeasuredNode = Parameters<NonNullable<SatoriOptions['onNodeDetected']>>[0];

const ROOT = 'data-measure-root';

/**
 * Lays elements out in one column `MEASURE_WIDTH` wide, text left as text (no glyph paths), and
 * reports every element below the column to `onNode`.
 */
export async function measureLayout(
  children: readonly unknown[],
  fonts: LoadedFonts,
  onNode: (node: MeasuredNode) => void,
): Promise<void> {
  const root = {
    type: 'div',
    key: null,
    props: {
      [ROOT]: true,
      style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: MEASURE_WIDTH },
      children,
    },
  } as ReactElement;
  await satori(root, {
    width: MEASURE_WIDTH,
    fonts: fonts.satori,
    embedFont: false,
    onNodeDetected: (node) => {
      if (!node.props?.[ROOT]) onNode(node);
    },
  });
}

/**
 * An element named by `attribute` for its measure: itself, when it is one element (no wrapper,
 * which satori would lay out as one more node), else in a column of its own.
 */
export function tagged(element: unknown, attribute: string, id: string): unknown {
  if (element && typeof element === 'object' && 'props' in element) {
    const { props } = element as { props: Record<string, unknown> };
    return { ...element, key: id, props: { ...props, [attribute]: id } };
  }
  return {
    type: 'div',
    key: id,
    props: { [attribute]: id, style: { display: 'flex', flexDirection: 'column' }, children: element },
  };
}
