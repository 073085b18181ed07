import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { buildTokens, loadBrand, prepareTokensBuild } from '../src/index.js';
import { editJson, tempBrand } from './support/temp.js';

// Inside the package (under the ignored dist/) so the generated contract resolves @vanilla-extract/css.
const scratch = fileURLToPath(new URL('../dist/.test-builds/', import.meta.url));
const outDirs: string[] = [];
afterAll(async () => Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function outDir(): Promise<string> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(scratch, { recursive: true });
  const dir = await mkdtemp(scratch);
  outDirs.push(dir);
  return dir;
}

describe('buildTokens', async () => {
  const tokensDir = await tempBrand({ partners: 2 });
  const out = await outDir();
  const result = await buildTokens({ tokensDir, outDir: out });
  const read = (file: string) => readFile(join(out, file), 'utf8');

  test('writes every output of every partner × mode', () => {
    expect(result.permutations).toBe(8);
    const paths = result.files.map((f) => f.path);
    for (const partner of ['territoire', 'partenaire-01']) {
      for (const mode of ['light', 'dark', 'high-contrast', 'print']) {
        expect(paths).toEqual(
          expect.arrayContaining([
            `css/${partner}/${mode}.css`,
            `scss/${partner}/_${mode}.scss`,
            `json/${partner}/${mode}.json`,
            `json/${partner}/${mode}.flat.json`,
          ]),
        );
      }
    }
    expect(paths).toEqual(
      expect.arrayContaining(['css/blason.css', 'contract.js', 'contract.d.ts', 'sample.js', 'sample.d.ts']),
    );
    expect(result.files.find((f) => f.path === 'css/partenaire-01/dark.css')).toMatchObject({
      kind: 'css',
      partner: 'partenaire-01',
      mode: 'dark',
    });
  });

  test('compiled outputs of one permutation (snapshot)', async () => {
    expect(await read('css/partenaire-01/light.css')).toMatchSnapshot();
    expect(await read('scss/partenaire-01/_light.scss')).toMatchSnapshot();
    expect(await read('json/partenaire-01/light.flat.json')).toMatchSnapshot();
    expect(await read('json/partenaire-01/dark.json')).toMatchSnapshot();
  });

  test('the shape of the typed modules and of the combined stylesheet (snapshot)', async () => {
    expect(await read('contract.d.ts')).toMatchSnapshot();
    expect(await read('sample.d.ts')).toMatchSnapshot();
    const selectors = (await read('css/blason.css')).split('\n').filter((line) => !line.includes('--'));
    expect(selectors.join('\n')).toMatchSnapshot();
  });

  test('prints DTCG objects as CSS, never [object Object]', async () => {
    const css = await read('css/partenaire-01/light.css');
    expect(css).not.toMatch(/object Object|undefined|NaN/);
    expect(css).toContain('--blason-space-4: 16px;');
    expect(css).toContain('--blason-font-letter-spacing-wide: 0.05rem;');
    expect(css).toContain('--blason-duration-normal: 200ms;');
    expect(css).toContain('--blason-easing-standard: cubic-bezier(0.2, 0, 0, 1);');
    expect(css).toContain('--blason-font-family-body: "Atkinson Hyperlegible Next", sans-serif;');
    expect(css).toContain('--blason-text-headline-font-size: 36px;');
    expect(css).toContain('--blason-shadow-sm: 0 1px 2px 0 #0f12171f;');
    expect(css).toContain('--blason-format-poster-a4-bleed: 3mm;');
    expect(css).toMatch(/--blason-color-text-link-hover: #[0-9a-f]{6};/);
  });

  test('the combined stylesheet scopes every permutation', async () => {
    const css = await read('css/blason.css');
    expect(css).toMatch(/^:root \{$/m);
    expect(css).toContain('[data-partner="partenaire-01"][data-mode="high-contrast"] {');
    expect(css).toContain(
      '[data-partner="partenaire-01"][data-mode="light"],\n[data-partner="partenaire-01"]:not([data-mode]) {',
    );
    expect(css).toContain('@media (prefers-color-scheme: dark) {');
    // Values shared by every permutation sit once on :root.
    expect(css.match(/--blason-space-4:/g)).toHaveLength(1);
    expect(css.match(/--blason-color-accent-default:/g)?.length).toBeGreaterThanOrEqual(8);
  });

  test('one stylesheet per partner holds its modes, switchable with data-mode', async () => {
    const css = await read('css/partenaire-01.css');
    expect(result.files.find((f) => f.path === 'css/partenaire-01.css')).toMatchObject({
      kind: 'css',
      partner: 'partenaire-01',
    });
    expect(css).not.toContain('territoire');
    for (const mode of ['light', 'dark', 'high-contrast', 'print']) {
      expect(css).toContain(`[data-partner="partenaire-01"][data-mode="${mode}"]`);
      expect(css).toContain(`[data-mode="${mode}"]:not([data-partner])`);
    }
    expect(css).toContain('@media (prefers-color-scheme: dark) {');
    // the partner's light values on :root: the accent is the partner's, not the shared brand's
    const rootAccent = /^:root \{[^}]*--blason-color-accent-default: ([^;]+);/m.exec(css)?.[1];
    const lightAccent = (await read('css/partenaire-01/light.css')).match(
      /--blason-color-accent-default: ([^;]+);/,
    )?.[1];
    expect(rootAccent).toBeDefined();
    expect(rootAccent).toBe(lightAccent);
  });

  test('the sample module holds the same values as loadBrand', async () => {
    const brand = await loadBrand({ tokensDir });
    const sample = await import(pathToFileURL(join(out, 'sample.js')).href);
    for (const [partner, mode] of [
      ['partenaire-01', 'dark'],
      ['territoire', 'print'],
    ] as const) {
      const { print: _print, tokens: _tokens, ...theme } = brand.theme(partner, mode);
      expect(JSON.parse(JSON.stringify(sample.themes[partner][mode]))).toEqual(
        JSON.parse(JSON.stringify(theme)),
      );
    }
    expect(sample.sampleBrand.defaults).toEqual({ partner: 'territoire', mode: 'light' });
  });

  test('the vanilla-extract contract names exactly the CSS variables', async () => {
    const contract = await import(pathToFileURL(join(out, 'contract.js')).href);
    expect(contract.vars.color.text.linkHover).toBe('var(--blason-color-text-link-hover)');
    expect(contract.vars.text.headline.fontSize).toBe('var(--blason-text-headline-font-size)');
    const css = await read('css/partenaire-01/light.css');
    const declared = [...css.matchAll(/--([a-z0-9-]+):/g)].map((m) => m[1]);
    const named: string[] = [];
    const walk = (node: unknown) => {
      if (typeof node === 'string') named.push(node);
      else for (const child of Object.values(node as object)) walk(child);
    };
    walk(contract.varNames);
    expect(named.sort()).toEqual(declared.sort());
    expect(await read('contract.d.ts')).toContain(
      'readonly "linkHover": "var(--blason-color-text-link-hover)";',
    );
  });

  test('exports a Tokens Studio file for Figma: one set per source, one theme group per modifier', async () => {
    const studio = JSON.parse(await read('figma/tokens-studio.json'));
    expect(studio.$metadata.tokenSetOrder).toEqual(
      expect.arrayContaining(['core/color', 'modes/dark', 'partners/partenaire-01']),
    );
    expect(studio['modes/light'].color.text.default).toEqual({
      $value: '{palette.neutral.900}',
      $type: 'color',
    });
    expect(studio['core/color'].palette.white.$value).toBe('#ffffff');
    expect(studio['core/dimension'].space['4']).toEqual({ $value: '16px', $type: 'dimension' });
    expect(studio['core/typography'].font.family.body.$type).toBe('fontFamilies');
    const theme = studio.$themes.find((t: { id: string }) => t.id === 'mode-dark');
    expect(theme).toMatchObject({ name: 'dark', group: 'mode' });
    expect(theme.selectedTokenSets).toMatchObject({ 'core/color': 'enabled', 'modes/dark': 'enabled' });
    expect(theme.selectedTokenSets['modes/light']).toBeUndefined();
  });

  test('is deterministic: a second build gives the same bytes', async () => {
    const again = await buildTokens({ tokensDir, outDir: await outDir() });
    expect(again.files.map((f) => [f.path, f.sha256])).toEqual(result.files.map((f) => [f.path, f.sha256]));
  });

  test('builds one partner on demand and refuses an unknown one', async () => {
    const only = await buildTokens({ tokensDir, outDir: await outDir(), partners: ['partenaire-01'] });
    expect(only.permutations).toBe(4);
    expect(
      only.files.filter((f) => f.partner !== undefined).every((f) => f.partner === 'partenaire-01'),
    ).toBe(true);
    await expect(buildTokens({ tokensDir, outDir: await outDir(), partners: ['nobody'] })).rejects.toThrow(
      /unknown partner "nobody"/,
    );
  });

  test('a prepared build writes each partner as a build of its own would', async () => {
    const builder = await prepareTokensBuild(tokensDir);
    expect(builder.brand.partners.map((p) => p.id)).toEqual(['territoire', 'partenaire-01']);
    for (const partner of ['partenaire-01', 'territoire', 'partenaire-01']) {
      const shared = await builder.build({ outDir: await outDir(), partners: [partner] });
      const alone = await buildTokens({ tokensDir, outDir: await outDir(), partners: [partner] });
      expect(shared.files.map((f) => [f.path, f.sha256])).toEqual(alone.files.map((f) => [f.path, f.sha256]));
    }
  });
});

test('a token problem fails the build and writes nothing', async () => {
  const tokensDir = await tempBrand({ partners: 1 });
  await editJson(tokensDir, 'modes/light.tokens.json', (json) => {
    json.color.text.muted.$value = '{palette.neutral.400}';
  });
  const out = join(await outDir(), 'never');
  await expect(buildTokens({ tokensDir, outDir: out })).rejects.toMatchObject({
    problems: expect.arrayContaining([expect.objectContaining({ code: 'contrast/insufficient' })]),
  });
  expect(existsSync(out)).toBe(false);
  await expect(prepareTokensBuild(tokensDir)).rejects.toMatchObject({
    problems: expect.arrayContaining([expect.objectContaining({ code: 'contrast/insufficient' })]),
  });
});
