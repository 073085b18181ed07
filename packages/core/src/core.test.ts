import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  BlasonError,
  escapeMarkup,
  formatProblem,
  hashFolder,
  inputFiles,
  isBlasonError,
  markupAttributes,
  rewriteSvgRoot,
  stableStringify,
  svgRootSize,
  svgRootTag,
  sweepTemporaries,
  unescapeMarkup,
  unknownValueMessage,
  writeChunksAtomic,
  writeFileAtomic,
} from './index.js';

describe('formatProblem', () => {
  test('puts file, position and path before the message', () => {
    const line = formatProblem({
      code: 'token/invalid-color',
      message: 'invalid colour',
      file: 'tokens/core/color.tokens.json',
      line: 12,
      column: 5,
      path: 'color.blue.500',
      expected: 'an sRGB colour object',
    });
    expect(line).toBe(
      'tokens/core/color.tokens.json:12:5 color.blue.500 — invalid colour (expected an sRGB colour object)',
    );
  });

  test('words what was expected in the language of a French problem', () => {
    const line = formatProblem({
      code: 'kit/unknown-partner',
      path: '--partner',
      message: 'partenaire inconnu « capsoo »',
      expected: 'l’un de capso, territoire',
      language: 'fr',
    });
    expect(line).toBe('--partner — partenaire inconnu « capsoo » (attendu : l’un de capso, territoire)');
  });
});

describe('unknownValueMessage', () => {
  test('names the value and the known ones, sorted, agreeing with its noun', () => {
    expect(unknownValueMessage('partenaire', 'capsoo', ['territoire', 'capso'])).toBe(
      'partenaire inconnu « capsoo » (attendu : l’un de capso, territoire)',
    );
    expect(unknownValueMessage('campagne', 'x', ['b', 'a'], true)).toBe(
      'campagne inconnue « x » (attendu : l’une de a, b)',
    );
  });
});

describe('BlasonError', () => {
  test('lists every problem in its message and is recognised across realms', () => {
    const error = new BlasonError('2 problems', [
      { code: 'a', message: 'first' },
      { code: 'b', message: 'second', path: 'x.y' },
    ]);
    expect(error.message).toContain('first');
    expect(error.message).toContain('x.y — second');
    expect(isBlasonError(error)).toBe(true);
    expect(isBlasonError(new Error('plain'))).toBe(false);
  });
});

describe('stableStringify', () => {
  test('sorts keys at every depth', () => {
    expect(stableStringify({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 3 } }, 0)).toBe(
      '{"a":{"c":3,"d":[{"y":2,"z":1}]},"b":1}\n',
    );
  });
});

describe('writeFileAtomic', () => {
  test('writes the content and leaves no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blason-core-'));
    const file = join(dir, 'nested', 'out.txt');
    await writeFileAtomic(file, 'bonjour');
    await writeFileAtomic(file, 'au revoir');
    expect(await readFile(file, 'utf8')).toBe('au revoir');
    expect(await readdir(join(dir, 'nested'))).toEqual(['out.txt']);
  });
});

describe('writeChunksAtomic', () => {
  const encoded = (text: string) => new TextEncoder().encode(text);

  test('writes the chunks in order and leaves no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blason-core-'));
    const file = join(dir, 'out.txt');
    async function* parts() {
      yield encoded('bon');
      yield encoded('jour');
    }
    await writeChunksAtomic(file, parts());
    expect(await readFile(file, 'utf8')).toBe('bonjour');
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  test('keeps the previous file whole when the chunks fail midway', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blason-core-'));
    const file = join(dir, 'out.txt');
    await writeFileAtomic(file, 'ancien');
    async function* failing() {
      yield encoded('nou');
      throw new Error('source lost');
    }
    await expect(writeChunksAtomic(file, failing())).rejects.toThrow('source lost');
    expect(await readFile(file, 'utf8')).toBe('ancien');
    expect(await readdir(dir)).toEqual(['out.txt']);
  });
});

describe('folders', () => {
  test('a folder hash follows its input files and ignores installed, test and transient ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blason-folder-'));
    await mkdir(join(dir, 'src'), { recursive: true });
    await writeFile(join(dir, 'src', 'a.ts'), 'a');
    const first = await hashFolder(dir);
    for (const folder of ['node_modules', 'dist', 'test', '.turbo']) {
      await mkdir(join(dir, folder), { recursive: true });
      await writeFile(join(dir, folder, 'x.js'), 'x');
    }
    await writeFile(join(dir, 'src', '.a.ts.0123456789ab.tmp'), 'partial');
    await writeFile(join(dir, 'vitest.config.ts.timestamp-1764640000000-4f2a9c.mjs'), '');
    // Tests kept beside the code change no output (a render's cache key hashes its engine's folder).
    await writeFile(join(dir, 'src', 'a.test.ts'), 'test');
    await writeFile(join(dir, 'src', 'b.spec.tsx'), 'test');
    expect(await inputFiles(dir)).toEqual(['src/a.ts']);
    expect(await hashFolder(dir)).toBe(first);
    await writeFile(join(dir, 'src', 'a.ts'), 'b');
    expect(await hashFolder(dir)).not.toBe(first);
    expect(await inputFiles(join(dir, 'absent'))).toEqual([]);
  });

  test('sweepTemporaries removes what an interrupted atomic write left, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blason-sweep-'));
    await mkdir(join(dir, 'deep'), { recursive: true });
    await writeFile(join(dir, 'deep', '.poster.pdf.0123456789ab.tmp'), 'partial');
    await writeFile(join(dir, 'deep', 'poster.pdf'), 'whole');
    await writeFile(join(dir, '.keep.tmp'), 'not ours');
    await sweepTemporaries(dir);
    expect((await readdir(join(dir, 'deep'))).sort()).toEqual(['poster.pdf']);
    expect(await readdir(dir)).toContain('.keep.tmp');
  });
});

describe('SVG root', () => {
  const svg = '<svg width="10" height="5" fill="none" xmlns="http://www.w3.org/2000/svg"><rect/></svg>';

  test('reads the root tag and its attributes', () => {
    const root = svgRootTag(`<?xml version="1.0"?>${svg}`);
    expect(root?.index).toBe(21);
    expect([...(root?.attributes.keys() ?? [])]).toEqual(['width', 'height', 'fill', 'xmlns']);
    expect(svgRootSize(svg)).toEqual({ width: 10, height: 5 });
    expect(svgRootSize('<svg width="100%" height="10">')).toBeUndefined();
  });

  test('reads a tag’s attributes, names with digits, dashes and namespaces included', () => {
    const line = markupAttributes('<line x1="0" y2="4.5" stroke-width="2" xlink:href="#a" data-v="é"/>');
    expect([...line]).toEqual([
      ['x1', '0'],
      ['y2', '4.5'],
      ['stroke-width', '2'],
      ['xlink:href', '#a'],
      ['data-v', 'é'],
    ]);
  });

  test('reads escaped text back as it was, an escaped ampersand included', () => {
    const text = `Tom & Jerry <b>"l'été"</b> &amp;`;
    expect(unescapeMarkup(escapeMarkup(text))).toBe(text);
    expect(unescapeMarkup('&amp;lt; &#233;')).toBe('&lt; &#233;');
  });

  test('rewrites the root, keeping the rest byte for byte', () => {
    expect(rewriteSvgRoot(svg, { first: { width: '20', viewBox: '0 0 10 5' } })).toBe(
      '<svg width="20" viewBox="0 0 10 5" height="5" fill="none" xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
    );
    expect(rewriteSvgRoot(svg, { last: { role: 'img' }, after: '<title>T</title>' })).toBe(
      '<svg width="10" height="5" fill="none" xmlns="http://www.w3.org/2000/svg" role="img"><title>T</title><rect/></svg>',
    );
    expect(rewriteSvgRoot('<p/>', { after: 'x' })).toBe('<p/>');
  });
});
