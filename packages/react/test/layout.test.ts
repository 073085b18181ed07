// @vitest-environment node
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as examples from '../src/examples.js';
import * as library from '../src/index.js';

const componentsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/components');
const components = readdirSync(componentsDir);
const camel = (name: string) => `${name[0]?.toLowerCase()}${name.slice(1)}`;

describe('every component', () => {
  it.each(components)('%s has its module, styles, tests and examples, and is exported', (name) => {
    const files = readdirSync(path.join(componentsDir, name));
    expect(files).toEqual(
      expect.arrayContaining([`${name}.tsx`, `${name}.css.ts`, `${name}.test.tsx`, `${name}.examples.tsx`]),
    );
    expect(library).toHaveProperty(name);
    const documented = (examples as Record<string, unknown>)[`${camel(name)}Examples`];
    expect(Array.isArray(documented) && documented.length > 0, `${camel(name)}Examples`).toBe(true);
  });
});
