import { formatProblem, type Problem } from '@blason/core';
import { describe, expect, test } from 'vitest';
import { analyzeBrand, loadBrand } from '../src/index.js';
import { editJson, tempBrand, writeText } from './support/temp.js';

async function problemsOf(edit: (dir: string) => Promise<void>): Promise<Problem[]> {
  const dir = await tempBrand({ partners: 2 });
  await edit(dir);
  return [...(await analyzeBrand(dir)).problems];
}

function only(problems: Problem[], code: string): Problem {
  const found = problems.filter((p) => p.code === code);
  expect(found.map(formatProblem), problems.map(formatProblem).join('\n')).toHaveLength(1);
  return found[0] as Problem;
}

describe('schema and types', () => {
  test('a bad colour names file, line, token path and the expected shape', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/color.tokens.json', (json) => {
        json.palette.neutral['500'].$value = { colorSpace: 'srgb', components: [1.2, 0, 0] };
      }),
    );
    const problem = only(problems, 'token/invalid-color');
    expect(problem).toMatchObject({
      file: expect.stringMatching(/core\/color\.tokens\.json$/),
      path: 'palette.neutral.500',
    });
    expect(problem.line).toBeGreaterThan(1);
    expect(problem.message).toContain('components.0: 1.2 is out of 0–1');
    expect(problem.expected).toContain('"colorSpace": "srgb"');
  });

  test('a hex that disagrees with the components', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/color.tokens.json', (json) => {
        json.palette.white.$value.hex = '#fffff0';
      }),
    );
    const problem = only(problems, 'token/invalid-color');
    expect(problem.path).toBe('palette.white');
    expect(problem.message).toContain(
      'hex: #fffff0 does not match components (#ffffff): change both together',
    );
  });

  test('a hex string instead of a colour object', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/color.tokens.json', (json) => {
        json.palette.white.$value = '#ffffff';
      }),
    );
    expect(only(problems, 'token/invalid-color').message).toMatch(/invalid color "#ffffff"/);
  });

  test('an unknown $type lists the known ones', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/dimension.tokens.json', (json) => {
        json.radius.md.$type = 'radius';
      }),
    );
    const problem = only(problems, 'token/unknown-type');
    expect(problem.path).toBe('radius.md');
    expect(problem.message).toBe('unknown $type "radius"');
    expect(problem.expected).toContain('dimension');
  });

  test('a dimension without unit', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/dimension.tokens.json', (json) => {
        json.space['4'].$value = { value: 16 };
      }),
    );
    const problem = only(problems, 'token/invalid-dimension');
    expect(problem.path).toBe('space.4');
    expect(problem.message).toBe('invalid dimension {"value":16}: unit: missing');
    expect(problem.expected).toBe('{ "value": number, "unit": "px" | "rem" }');
  });

  test('a dimension in em is refused (px or rem only)', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/dimension.tokens.json', (json) => {
        json.space['4'].$value = { value: 1, unit: 'em' };
      }),
    );
    expect(only(problems, 'token/invalid-dimension').path).toBe('space.4');
  });

  test('a missing partner field', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'partners/partenaire-01.partner.json', (json) => {
        delete json.website;
      }),
    );
    const problem = only(problems, 'partner/invalid');
    expect(problem.file).toMatch(/partners\/partenaire-01\.partner\.json$/);
    expect(problem.path).toBe('website');
    expect(problem.message).toBe('missing required field "website"');
  });

  test('an acronym channel the lexicon does not know', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'partners/partenaire-01.partner.json', (json) => {
        json.acronym = { value: 'P01', use: 'after-first-mention', channels: ['web', 'radio'] };
      }),
    );
    const problem = only(problems, 'partner/invalid');
    expect(problem.path).toBe('acronym.channels.1');
    expect(problem.line).toBeGreaterThan(1);
  });

  test('a $deprecated that is neither a boolean nor a string', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/dimension.tokens.json', (json) => {
        json.radius.sm.$deprecated = 2;
      }),
    );
    const problem = only(problems, 'token/invalid-deprecated');
    expect(problem.path).toBe('radius.sm');
    expect(problem.expected).toBe('true, false or a string naming the replacement');
  });

  test('malformed JSON gives file, line and column; a trailing comma is one problem, at the comma', async () => {
    const fast = '    "fast": { "$value": { "value": 120, "unit": "ms" } },';
    const problems = await problemsOf((dir) =>
      writeText(
        dir,
        'core/effect.tokens.json',
        `{\n  "duration": {\n    "$type": "duration",\n${fast}\n  }\n}\n`,
      ),
    );
    const syntax = problems.filter((p) => p.code === 'json/syntax');
    expect(syntax.map(formatProblem)).toHaveLength(1);
    expect(syntax[0]).toMatchObject({
      file: expect.stringMatching(/core\/effect\.tokens\.json$/),
      line: 4,
      column: fast.length,
    });
    expect(formatProblem(syntax[0] as Problem)).toMatch(
      new RegExp(`effect\\.tokens\\.json:4:${fast.length} — malformed JSON: trailing comma before "}"`),
    );
  });

  test('a colour with several components out of range names each, in one problem', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/color.tokens.json', (json) => {
        json.palette.neutral['500'].$value = { colorSpace: 'srgb', components: [1.2, 0.5, -0.1] };
      }),
    );
    expect(only(problems, 'token/invalid-color').message).toContain(
      'components.0: 1.2 is out of 0–1, components.2: -0.1 is out of 0–1',
    );
  });

  test('colour ranges follow the colour space: a hue of 360 and a saturation over 100', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/color.tokens.json', (json) => {
        json.palette.neutral['500'].$value = { colorSpace: 'hsl', components: [360, 120, 50] };
      }),
    );
    expect(only(problems, 'token/invalid-color').message).toContain(
      'components.0: 360 is out of 0–360 (360 excluded), components.1: 120 is out of 0–100',
    );
  });

  test('a token nested inside a token and an unknown $ property', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/dimension.tokens.json', (json) => {
        json.radius.sm.$unit = 'px';
      }),
    );
    expect(only(problems, 'token/unknown-property').message).toBe('unknown property $unit on a token');
  });

  test('bad print CMYK and a mm unit on a dimension', async () => {
    const problems = await problemsOf(async (dir) => {
      await editJson(dir, 'core/color.tokens.json', (json) => {
        json.palette.white.$extensions['org.blason.print'].cmyk = [0, 0, 0];
      });
      await editJson(dir, 'core/dimension.tokens.json', (json) => {
        json.radius.sm.$extensions = { 'org.blason.unit': 'mm' };
      });
    });
    expect(only(problems, 'token/invalid-print').path).toBe('palette.white');
    expect(only(problems, 'token/invalid-unit').path).toBe('radius.sm');
  });
});

describe('references', () => {
  test('an unknown reference shows the whole chain', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'partners/partenaire-01.tokens.json', (json) => {
        json.partner.accent['700'] = { $value: '{palette.purple.700}' };
      }),
    );
    const problem = only(problems, 'token/unknown-reference');
    expect(problem.path).toBe('partner.accent.700');
    // The whole chain, from the semantic token that reached it first.
    expect(problem.message).toMatch(
      /^unknown reference \{palette\.purple\.700\} \(chain: color\.[a-z.]+ → partner\.accent\.700 → palette\.purple\.700\)/i,
    );
    expect(problem.message).toContain('[in partenaire-01/light');
  });

  test('a circular reference shows the cycle', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/typography.tokens.json', (json) => {
        json.font.size.md.$value = '{font.size.lg}';
        json.font.size.lg.$value = '{font.size.xl}';
        json.font.size.xl.$value = '{font.size.md}';
      }),
    );
    const problem = only(problems, 'token/circular-reference');
    expect(problem.message).toBe(
      'circular reference: font.size.lg → font.size.xl → font.size.md → font.size.lg',
    );
    expect(problem.path).toBe('font.size.lg');
  });

  test('an alias to a token of another type', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/dimension.tokens.json', (json) => {
        json.radius.md.$value = '{palette.white}';
      }),
    );
    expect(only(problems, 'token/type-mismatch').message).toBe(
      'dimension token aliases {palette.white}, a color token',
    );
  });
});

describe('completeness', () => {
  test('a semantic name missing in one mode', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'modes/dark.tokens.json', (json) => {
        delete json.color.text.linkHover;
      }),
    );
    const problem = only(problems, 'token/missing-semantic');
    expect(problem.path).toBe('color.text.linkHover');
    expect(problem.file).toMatch(/modes\/dark\.tokens\.json$/);
    expect(problem.message).toBe('missing semantic token in mode dark');
  });

  test('a semantic name missing in one partner × mode only', async () => {
    const problems = await problemsOf(async (dir) => {
      await editJson(dir, 'modes/dark.tokens.json', (json) => {
        delete json.color.text.linkHover;
      });
      await editJson(dir, 'partners/territoire.tokens.json', (json) => {
        json.color = { text: { linkHover: { $value: '{palette.white}' } } };
      });
    });
    const problem = only(problems, 'token/missing-semantic');
    expect(problem.message).toBe('missing semantic token in partenaire-01/dark');
    expect(problem.file).toBeUndefined();
  });

  test('a stray key in a semantic group', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'modes/light.tokens.json', (json) => {
        json.color.text.highlight = { $value: '{palette.brand.700}' };
      }),
    );
    expect(only(problems, 'token/stray-semantic').path).toBe('color.text.highlight');
  });

  test('one rule for every contract group: a new name is refused under color as under space', async () => {
    const problems = await problemsOf(async (dir) => {
      for (const mode of ['light', 'dark', 'high-contrast', 'print']) {
        await editJson(dir, `modes/${mode}.tokens.json`, (json) => {
          json.color.partnerGlow = { $value: '{palette.brand.700}' };
        });
      }
      await editJson(dir, 'core/dimension.tokens.json', (json) => {
        json.space['7'] = { $type: 'dimension', $value: { value: 28, unit: 'px' } };
      });
    });
    const strays = problems.filter((p) => p.code === 'token/stray-semantic');
    expect(strays.map((p) => p.path)).toEqual(['color.partnerGlow', 'space.7']);
    expect(strays[0]?.message).toBe(
      '"color.partnerGlow" is not a name of the semantic contract (in every partner × mode): the groups color, font, text, space, radius, border, shadow, duration, easing, size hold only the names docs/TOKENS.md lists',
    );
    expect(strays[0]?.expected).toContain('a group of its own outside the contract');
    expect(strays[1]?.file).toMatch(/core\/dimension\.tokens\.json$/);
    expect(strays.map((p) => p.line)).toEqual([expect.any(Number), expect.any(Number)]);
  });

  test('a partner or vendor group of its own is accepted and emitted', async () => {
    const dir = await tempBrand({ partners: 2 });
    await editJson(dir, 'core/effect.tokens.json', (json) => {
      json.acme = { glow: { $type: 'number', $value: 0.4 } };
    });
    const analysis = await analyzeBrand(dir);
    expect(analysis.problems.map(formatProblem)).toEqual([]);
    expect(analysis.permutations[0]?.tokens.get('acme.glow')?.normalized).toBe(0.4);
  });

  test('a token where another file has a group is one problem, naming both files', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'core/effect.tokens.json', (json) => {
        json.color = { $type: 'color', $value: { colorSpace: 'srgb', components: [0, 0, 0] } };
      }),
    );
    expect(problems.map(formatProblem)).toHaveLength(1);
    const problem = only(problems, 'token/token-and-group');
    expect(problem).toMatchObject({
      path: 'color',
      file: expect.stringMatching(/core\/effect\.tokens\.json$/),
    });
    expect(problem.line).toBeGreaterThan(0);
    expect(problem.message).toMatch(
      /^"color" is a token here and a group where color\.text\.default is defined: a name is either a token or a group$/,
    );
  });

  test('a token only one partner defines', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'partners/partenaire-01.tokens.json', (json) => {
        json.partner.accent['950'] = { $value: '{palette.brand.900}' };
      }),
    );
    const problem = only(problems, 'token/stray');
    expect(problem.message).toBe('stray token: only partner partenaire-01 defines it');
    expect(problem.file).toMatch(/partners\/partenaire-01\.tokens\.json$/);
  });

  test("a key one partner lacks, in that partner's file", async () => {
    const dir = await tempBrand({ partners: 3 });
    await editJson(dir, 'partners/partenaire-02.tokens.json', (json) => {
      delete json.partner.accent['800'];
    });
    const problem = only([...(await analyzeBrand(dir)).problems], 'token/missing');
    expect(problem).toMatchObject({
      path: 'partner.accent.800',
      file: expect.stringMatching(/partners\/partenaire-02\.tokens\.json$/),
      message: 'token missing in partner partenaire-02, which the other partners define',
    });
  });

  test('a token only one mode defines', async () => {
    const problems = await problemsOf((dir) =>
      editJson(dir, 'modes/print.tokens.json', (json) => {
        json.paper = { $type: 'number', $value: 1 };
      }),
    );
    const problem = only(problems, 'token/stray');
    expect(problem.message).toBe('stray token: only mode print defines it');
    expect(problem.file).toMatch(/modes\/print\.tokens\.json$/);
  });

  test('loadBrand throws every problem at once', async () => {
    const dir = await tempBrand({ partners: 2 });
    await editJson(dir, 'core/dimension.tokens.json', (json) => {
      json.space['4'].$value = { value: 16 };
      json.radius.md.$type = 'radius';
    });
    await expect(loadBrand({ tokensDir: dir })).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({ code: 'token/invalid-dimension' }),
        expect.objectContaining({ code: 'token/unknown-type' }),
      ]),
    });
  });
});
