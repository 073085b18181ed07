/**
 * Heights of a column of items under a flexible headline: the headline gets at least
 * `minHeadShare` of the height; the other items keep their ideal heights when they fit, else the
 * shrinkable ones shrink together (never below their minimum) and the fixed ones keep theirs.
 */
export interface StackItem {
  ideal: number;
  /** Smallest acceptable height; equal to `ideal` for items that cannot shrink. */
  min: number;
}

export function stackHeights(
  total: number,
  items: readonly StackItem[],
  gap: number,
  headGap: number,
  minHeadShare: number,
): { head: number; items: number[] } {
  const present = items.filter((item) => item.ideal > 0);
  const gaps = headGap + gap * Math.max(0, present.length - 1);
  const ideal = present.reduce((sum, item) => sum + item.ideal, 0);
  const head = Math.max(Math.round(total * minHeadShare), total - gaps - ideal);
  const room = total - gaps - head;
  const fixed = present.reduce((sum, item) => sum + (item.ideal === item.min ? item.ideal : 0), 0);
  const shrinkable = ideal - fixed;
  const ratio = shrinkable > 0 ? Math.min(1, Math.max(0, (room - fixed) / shrinkable)) : 1;
  const heights = items.map((item) =>
    item.ideal <= 0
      ? 0
      : item.ideal === item.min
        ? item.ideal
        : Math.max(item.min, Math.floor(item.ideal * ratio)),
  );
  const used = heights.reduce((a, b) => a + b, 0);
  return { head: total - gaps - used, items: heights };
}
