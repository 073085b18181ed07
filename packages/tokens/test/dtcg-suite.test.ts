import { formatProblem } from '@blason/core';
import { describe, expect, test } from 'vitest';
import { aliasTarget } from '../src/schema/tree.js';
import { runSuiteCase, suiteCases } from './support/dtcg-suite.js';

/**
 * The DTCG community group's conformance suite for the 2025.10 format (fixtures and their source in
 * test/fixtures/dtcg-suite/README.md). The suite states validity only, no expected values: a valid
 * case must resolve every token, and where the value of one token is defined by another (an alias,
 * a group's `$extends`) the resolved values must be equal.
 */
const cases = suiteCases();

describe('DTCG 2025.10 conformance suite', () => {
  test('holds the suite: 93 valid and 128 invalid cases', () => {
    expect(cases.filter((c) => c.valid)).toHaveLength(93);
    expect(cases.filter((c) => !c.valid)).toHaveLength(128);
  });

  test.each(cases.filter((c) => c.valid).map((c) => c.name))('accepts and resolves %s', (name) => {
    const { problems, definitions, tokens } = runSuiteCase(name);
    expect(problems.map(formatProblem)).toEqual([]);
    expect([...tokens.keys()].sort()).toEqual([...definitions.keys()].sort());
    for (const [path, definition] of definitions) {
      const token = tokens.get(path);
      const alias = aliasTarget(definition.value);
      if (alias !== undefined) expect(token?.value, path).toEqual(tokens.get(alias)?.value);
      if (definition.inheritedFrom !== undefined) {
        expect(token?.value, path).toEqual(tokens.get(definition.inheritedFrom)?.value);
      }
    }
  });

  test.each(cases.filter((c) => !c.valid).map((c) => c.name))('refuses %s with one message', (name) => {
    const { problems } = runSuiteCase(name);
    expect(problems.map(formatProblem)).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toBe(name);
    expect(problem?.message.length).toBeGreaterThan(10);
    expect(problem?.path ?? problem?.line).toBeDefined();
  });

  test('$extends: an inherited token copies the extended one, an override wins', () => {
    const { tokens, definitions } = runSuiteCase('positive/group/multi-level-extends.json');
    expect(definitions.get('primary-button.text')?.inheritedFrom).toBe('base-component.text');
    expect(definitions.get('primary-button.background')?.inheritedFrom).toBeUndefined();
    expect(tokens.get('primary-button.background')?.type).toBe('color');
    expect(tokens.get('primary-button.text')?.normalized).toBe(tokens.get('base-component.text')?.normalized);
  });

  test('a JSON Pointer into a composite value resolves to that part', () => {
    const { tokens } = runSuiteCase('positive/references/gradient-array-refs.json');
    const gradient = tokens.get('base-gradient')?.value as { color: unknown; position: number }[];
    expect(tokens.get('color-from-gradient-end')?.value).toEqual(gradient[1]?.color);
    expect(tokens.get('position-from-gradient')?.value).toBe(gradient[1]?.position);
  });
});
