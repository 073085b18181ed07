import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '@blason/core';
import { afterAll, describe, expect, test } from 'vitest';
import { analyzeBrand, buildTokens } from '../src/index.js';
import { editJson, tempBrand } from './support/temp.js';

const number = (value: number) => ({ $value: value });

/** A vendor group with a three-level `$extends` chain, in the shared effect tokens. */
async function brandWithChain(): Promise<string> {
  const dir = await tempBrand({ partners: 2 });
  await editJson(dir, 'core/effect.tokens.json', (json) => {
    json.acme = {
      $type: 'number',
      base: { a: number(1), b: number(2), nested: { c: number(5) } },
      derived: { $extends: '{acme.base}', b: number(3) },
      more: { $extends: '{acme.derived}', d: { $value: '{acme.derived.b}' }, nested: { e: number(6) } },
      tone: { $root: number(7), light: { $value: '{acme.tone.$root}' } },
    };
  });
  return dir;
}

function valuesOf(tokens: ReadonlyMap<string, { normalized: unknown }> | undefined, prefix: string) {
  return Object.fromEntries(
    [...(tokens ?? [])].filter(([path]) => path.startsWith(prefix)).map(([path, t]) => [path, t.normalized]),
  );
}

describe('$extends', () => {
  test('a group inherits, overrides, and extends a group that extends another', async () => {
    const analysis = await analyzeBrand(await brandWithChain());
    expect(analysis.problems.map(formatProblem)).toEqual([]);
    const tokens = analysis.permutations[0]?.tokens;
    expect(valuesOf(tokens, 'acme.derived.')).toEqual({
      'acme.derived.a': 1,
      'acme.derived.b': 3,
      'acme.derived.nested.c': 5,
    });
    expect(valuesOf(tokens, 'acme.more.')).toEqual({
      'acme.more.a': 1,
      'acme.more.b': 3,
      'acme.more.d': 3,
      'acme.more.nested.c': 5,
      'acme.more.nested.e': 6,
    });
    expect(analysis.permutations[0]?.definitions.get('acme.more.a')?.inheritedFrom).toBe('acme.base.a');
  });

  test("a partner's group extends a group of the shared tokens, per partner", async () => {
    const dir = await tempBrand({ partners: 2 });
    for (const partner of ['territoire', 'partenaire-01']) {
      await editJson(dir, `partners/${partner}.tokens.json`, (json) => {
        json.partner.highlight = { $extends: '{partner.accent}' };
      });
    }
    const analysis = await analyzeBrand(dir);
    expect(analysis.problems.map(formatProblem)).toEqual([]);
    const [first, second] = ['territoire', 'partenaire-01'].map((id) =>
      analysis.permutations.find((p) => p.partner === id && p.mode === 'light'),
    );
    for (const permutation of [first, second]) {
      const accent = valuesOf(permutation?.tokens, 'partner.accent.');
      const highlight = valuesOf(permutation?.tokens, 'partner.highlight.');
      expect(Object.keys(highlight).length).toBeGreaterThan(0);
      expect(highlight).toEqual(
        Object.fromEntries(
          Object.entries(accent).map(([path, value]) => [path.replace('accent', 'highlight'), value]),
        ),
      );
    }
    expect(valuesOf(first?.tokens, 'partner.highlight.')).not.toEqual(
      valuesOf(second?.tokens, 'partner.highlight.'),
    );
  });

  const problemsWith = async (acme: Record<string, unknown>): Promise<Problem[]> => {
    const dir = await tempBrand({ partners: 2 });
    await editJson(dir, 'core/effect.tokens.json', (json) => {
      json.acme = { $type: 'number', ...acme };
    });
    return [...(await analyzeBrand(dir)).problems];
  };

  test('a cycle is one problem naming the chain, with file and line', async () => {
    const problems = await problemsWith({
      a: { $extends: '{acme.c}', x: number(1) },
      b: { $extends: '{acme.a}', y: number(2) },
      c: { $extends: '{acme.b}', z: number(3) },
    });
    expect(problems.map(formatProblem)).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'token/circular-extends',
      path: 'acme.a',
      message: 'circular $extends: acme.a → acme.c → acme.b → acme.a',
      file: expect.stringMatching(/core\/effect\.tokens\.json$/),
    });
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  test('$root and root in one group would share an output name', async () => {
    const problems = await problemsWith({ tone: { $root: number(1), root: number(2) } });
    expect(problems.map((p) => [p.code, p.path, p.message])).toEqual([
      [
        'token/output-name-clash',
        'acme.tone.$root',
        '"acme.tone.$root" and "acme.tone.root" would have the same name in the build outputs',
      ],
    ]);
  });

  test('an override without $type in a group whose $extends is broken adds no second problem', async () => {
    const dir = await tempBrand({ partners: 2 });
    await editJson(dir, 'core/effect.tokens.json', (json) => {
      json.acme = { derived: { $extends: '{acme.nothing}', x: { $value: 1 } } };
    });
    const problems = (await analyzeBrand(dir)).problems;
    expect(problems.map((p) => p.code)).toEqual(['token/unknown-extends']);
  });

  test('a group extending its own parent is a cycle', async () => {
    const problems = await problemsWith({ a: { x: number(1), inner: { $extends: '{acme.a}' } } });
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      [
        'token/circular-extends',
        'circular $extends: acme.a.inner extends {acme.a}, a group that contains it',
      ],
    ]);
  });

  test('extending a token, a missing group, or with a value that is not a reference', async () => {
    const problems = await problemsWith({
      token: number(1),
      fromToken: { $extends: '{acme.token}', x: number(1) },
      fromNothing: { $extends: '{acme.nothing}', x: number(1) },
      badSyntax: { $extends: 'acme.token', x: number(1) },
    });
    expect(problems.map((p) => [p.code, p.path, p.message])).toEqual([
      ['token/invalid-extends', 'acme.badSyntax', 'invalid $extends "acme.token"'],
      ['token/unknown-extends', 'acme.fromNothing', '$extends {acme.nothing}: no such group'],
      ['token/extends-token', 'acme.fromToken', '$extends {acme.token} names a token, not a group'],
    ]);
  });

  test("a partner's $root keeps its place in the outputs, before its siblings", async () => {
    const dir = await tempBrand({ partners: 2 });
    for (const [index, partner] of ['territoire', 'partenaire-01'].entries()) {
      await editJson(dir, `partners/${partner}.tokens.json`, (json) => {
        json.partner.tone = { $type: 'number', $root: number(index + 1), light: number(index + 5) };
      });
    }
    const scratch = fileURLToPath(new URL('../dist/.test-builds/', import.meta.url));
    await mkdir(scratch, { recursive: true });
    const out = await mkdtemp(scratch);
    try {
      await buildTokens({ tokensDir: dir, outDir: out });
      const css = await readFile(join(out, 'css/partenaire-01/light.css'), 'utf8');
      expect(css).toMatch(/--blason-partner-tone-root: 2;\n\s*--blason-partner-tone-light: 6;/);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  describe('every build output receives the inherited tokens', async () => {
    const scratch = fileURLToPath(new URL('../dist/.test-builds/', import.meta.url));
    await mkdir(scratch, { recursive: true });
    const out = await mkdtemp(scratch);
    afterAll(() => rm(out, { recursive: true, force: true }));
    await buildTokens({ tokensDir: await brandWithChain(), outDir: out });
    const read = (file: string) => readFile(join(out, file), 'utf8');

    test('CSS, SCSS and the combined stylesheet', async () => {
      expect(await read('css/territoire/light.css')).toContain('--blason-acme-more-nested-c: 5;');
      expect(await read('scss/territoire/_light.scss')).toMatch(
        /\$blason-acme-more-a: 1;|--blason-acme-more-a: 1;/,
      );
      expect(await read('css/blason.css')).toContain('--blason-acme-derived-a: 1;');
    });

    test('JSON, the typed sample module and the vanilla-extract contract', async () => {
      const nested = JSON.parse(await read('json/territoire/light.json'));
      expect(nested.acme.more).toMatchObject({ a: 1, b: 3, d: 3, nested: { c: 5, e: 6 } });
      const flat = JSON.parse(await read('json/territoire/light.flat.json'));
      expect(flat['acme.derived.nested.c'] ?? flat['acme-derived-nested-c']).toBe(5);
      expect(await read('sample.js')).toContain('"more"');
      expect(await read('contract.js')).toContain('"blason-acme-more-nested-c"');
    });

    test("a group's $root token is named root", async () => {
      expect(await read('css/territoire/light.css')).toContain('--blason-acme-tone-root: 7;');
      expect(await read('css/territoire/light.css')).toContain('--blason-acme-tone-light: 7;');
      expect(JSON.parse(await read('json/territoire/light.json')).acme.tone).toEqual({ root: 7, light: 7 });
    });

    test('the Tokens Studio export', async () => {
      const studio = JSON.parse(await read('figma/tokens-studio.json'));
      expect(studio['core/effect'].acme.more.a).toMatchObject({ $value: 1, $type: 'number' });
      expect(studio['core/effect'].acme.more.b).toMatchObject({ $value: 3 });
    });
  });
});
