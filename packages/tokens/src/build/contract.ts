import { setIn } from '../util/set-in.js';
import { type Entry, GENERATED_NOTE } from './formats.js';

/** Nested object of CSS variable names (without `--`), by token path. */
function nameTree(entries: readonly Entry[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { path, name } of entries) {
    setIn(root, path, name);
  }
  return root;
}

/**
 * The vanilla-extract global theme contract of every CSS variable: `vars.color.text.default` is
 * `var(--blason-color-text-default)`, typed to the exact name so components never drift from the CSS.
 */
export function contractModule(entries: readonly Entry[]): { js: string; dts: string } {
  const tree = nameTree(entries);
  const js = [
    `// ${GENERATED_NOTE}`,
    "import { createGlobalThemeContract } from '@vanilla-extract/css';",
    '',
    '/** CSS variable names (without `--`) by token path. */',
    `export const varNames = ${JSON.stringify(tree, null, 2)};`,
    '',
    '/** `var(--blason-…)` of every token, for vanilla-extract styles. */',
    'export const vars = createGlobalThemeContract(varNames);',
    '',
  ].join('\n');
  const type = (node: unknown, indent: string, wrap: (name: string) => string): string => {
    if (typeof node === 'string') return JSON.stringify(wrap(node));
    const lines = Object.entries(node as Record<string, unknown>).map(
      ([key, child]) => `${indent}  readonly ${JSON.stringify(key)}: ${type(child, `${indent}  `, wrap)};`,
    );
    return `{\n${lines.join('\n')}\n${indent}}`;
  };
  const dts = [
    `// ${GENERATED_NOTE}`,
    '/** CSS variable names (without `--`) by token path. */',
    `export declare const varNames: ${type(tree, '', (name) => name)};`,
    '/** `var(--blason-…)` of every token, for vanilla-extract styles. */',
    `export declare const vars: ${type(tree, '', (name) => `var(--${name})`)};`,
    '',
  ].join('\n');
  return { js, dts };
}
