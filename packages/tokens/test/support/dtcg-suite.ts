/**
 * Runs one token file of the DTCG community group's conformance suite (test/fixtures/dtcg-suite)
 * through the same steps as a brand's sources: strict JSON, the token tree, the merge (with
 * `$extends`), then references.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '@blason/core';
import { mergeSources } from '../../src/resolve/merge.js';
import { type ResolvedToken, resolveReferences } from '../../src/resolve/references.js';
import type { TokenDefinition } from '../../src/schema/tree.js';
import { readTokenTree } from '../../src/schema/tree.js';
import { parseJson } from '../../src/source/json.js';

export const SUITE_DIR = fileURLToPath(new URL('../fixtures/dtcg-suite/2025.10/format/', import.meta.url));

export interface SuiteCase {
  /** `positive/colors/srgb-basic.json` */
  readonly name: string;
  readonly valid: boolean;
}

export function suiteCases(): SuiteCase[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.json')) files.push(relative(SUITE_DIR, join(dir, entry.name)));
    }
  };
  walk(join(SUITE_DIR, 'positive'));
  walk(join(SUITE_DIR, 'negative'));
  return files.sort().map((name) => ({ name, valid: name.startsWith('positive/') }));
}

export interface SuiteResult {
  readonly problems: readonly Problem[];
  readonly definitions: ReadonlyMap<string, TokenDefinition>;
  readonly tokens: ReadonlyMap<string, ResolvedToken>;
}

export function runSuiteCase(name: string): SuiteResult {
  const read = parseJson(readFileSync(join(SUITE_DIR, name), 'utf8'), name);
  if (!read.ok) return { problems: read.problems, definitions: new Map(), tokens: new Map() };
  const tree = readTokenTree(read.document);
  const merged = mergeSources([tree]);
  const resolved = resolveReferences(merged.definitions);
  return {
    problems: [...tree.problems, ...merged.problems, ...resolved.problems],
    definitions: merged.definitions,
    tokens: resolved.tokens,
  };
}
