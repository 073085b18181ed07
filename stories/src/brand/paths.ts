/** A leaf of a resolved token tree: its path (`['color', 'text', 'linkHover']`) and value. */
export interface TokenLeaf<T> {
  path: readonly string[];
  value: T;
}

/** Every leaf of a token tree, in declaration order; `isLeaf` decides where to stop descending. */
export function tokenLeaves<T>(
  tree: unknown,
  isLeaf: (value: unknown) => value is T,
  prefix: readonly string[] = [],
): TokenLeaf<T>[] {
  if (isLeaf(tree)) return [{ path: prefix, value: tree }];
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return [];
  return Object.entries(tree).flatMap(([key, child]) => tokenLeaves(child, isLeaf, [...prefix, key]));
}

/** Dotted token name as designers write it: `color.text.linkHover`. */
export const tokenName = (path: readonly string[]): string => path.join('.');

const kebab = (segment: string): string => segment.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** CSS custom property of a token (docs/TOKENS.md): `color.text.linkHover` → `--blason-color-text-link-hover`. */
export const cssVarName = (path: readonly string[]): string => `--blason-${path.map(kebab).join('-')}`;

export const isHexColour = (value: unknown): value is string =>
  typeof value === 'string' && /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(value);

/** Reads a value at a dotted path of a resolved theme. */
export function valueAt(tree: unknown, path: readonly string[]): unknown {
  let node: unknown = tree;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A colour of a resolved theme by its name under `color` (`'text.default'`); throws if missing. */
export function colourOf(theme: { color: unknown }, name: string): string {
  const value = valueAt(theme.color, name.split('.'));
  if (!isHexColour(value)) throw new Error(`color.${name} is not a resolved colour in this theme`);
  return value;
}
