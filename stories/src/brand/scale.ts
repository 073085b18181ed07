/**
 * Entries of a scale ordered by value (token files may list steps in any order, and resolved themes
 * are keyed alphabetically).
 */
export function byValue<T>(
  scale: Readonly<Record<string, T>>,
  value: (entry: T) => number,
  order: 'ascending' | 'descending' = 'ascending',
): [string, T][] {
  const sign = order === 'ascending' ? 1 : -1;
  return Object.entries(scale).sort(([, a], [, b]) => sign * (value(a) - value(b)));
}

export const numeric = (value: number): number => value;
