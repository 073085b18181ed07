import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem } from '@blason/core';
import { describe, expect, test } from 'vitest';
import { buildTokens, checkTokens, recordRelease } from '../src/index.js';
import { editJson, tempBrand, writeText } from './support/temp.js';

const SNAPSHOT = 'release/public-names.json';

/** A brand with two extra palette colours (nothing aliases them), recorded as released. */
async function releasedBrand(): Promise<string> {
  const dir = await tempBrand({ partners: 1 });
  await editJson(dir, 'core/color.tokens.json', (json) => {
    json.palette.sand = { ...json.palette.white, $description: 'Sand.' };
    json.palette.old = { $deprecated: 'Use the neutral ramp.', dune: { ...json.palette.white } };
  });
  await recordRelease({ tokensDir: dir, release: '1.0.0' });
  return dir;
}

describe('tokens removed since the last release', () => {
  test('the snapshot lists every public name, deprecated ones with their reason', async () => {
    const dir = await releasedBrand();
    const snapshot = JSON.parse(await readFile(join(dir, SNAPSHOT), 'utf8'));
    expect(snapshot.release).toBe('1.0.0');
    expect(snapshot.names).toEqual(expect.arrayContaining(['palette.sand', 'color.text.default']));
    expect(snapshot.names).toEqual([...snapshot.names].sort());
    // A group's $deprecated applies to its tokens.
    expect(snapshot.deprecated).toEqual({ 'palette.old.dune': 'Use the neutral ramp.' });
    expect(await checkTokens({ tokensDir: dir })).toEqual([]);
  });

  test('a renamed token is reported with the snapshot line and the likely new name', async () => {
    const dir = await releasedBrand();
    await editJson(dir, 'core/color.tokens.json', (json) => {
      json.palette.sable = json.palette.sand;
      delete json.palette.sand;
    });
    const problems = await checkTokens({ tokensDir: dir });
    expect(problems.map(formatProblem)).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'token/removed',
      path: 'palette.sand',
      file: expect.stringMatching(/release\/public-names\.json$/),
      message:
        'token of release 1.0.0 removed (or renamed) without being deprecated first; new name nearby: palette.sable',
    });
    expect(problems[0]?.line).toBeGreaterThan(1);
    expect(problems[0]?.expected).toContain('"$deprecated"');
  });

  test('a token deprecated in the release may go', async () => {
    const dir = await releasedBrand();
    await editJson(dir, 'core/color.tokens.json', (json) => {
      delete json.palette.old;
    });
    expect(await checkTokens({ tokensDir: dir })).toEqual([]);
  });

  test('the build refuses a removal too', async () => {
    const dir = await releasedBrand();
    await editJson(dir, 'core/color.tokens.json', (json) => {
      delete json.palette.sand;
    });
    await expect(buildTokens({ tokensDir: dir, outDir: join(dir, 'never') })).rejects.toMatchObject({
      problems: [expect.objectContaining({ code: 'token/removed', path: 'palette.sand' })],
    });
  });

  test('recording a release refuses an undeprecated removal unless breaking', async () => {
    const dir = await releasedBrand();
    await editJson(dir, 'core/color.tokens.json', (json) => {
      delete json.palette.sand;
      delete json.palette.old;
    });
    await expect(recordRelease({ tokensDir: dir })).rejects.toThrow(/palette\.sand/);
    const result = await recordRelease({ tokensDir: dir, breaking: true });
    expect(result.removed).toEqual(['palette.old.dune', 'palette.sand']);
    expect(result.added).toEqual([]);
    expect(await checkTokens({ tokensDir: dir })).toEqual([]);
  });

  test('a malformed snapshot', async () => {
    const dir = await tempBrand({ partners: 1 });
    await mkdir(join(dir, 'release'));
    await writeText(dir, SNAPSHOT, '{ "names": "color.text.default" }\n');
    const problems = await checkTokens({ tokensDir: dir });
    expect(problems).toMatchObject([{ code: 'release/invalid', path: 'names', line: 1 }]);
  });
});
