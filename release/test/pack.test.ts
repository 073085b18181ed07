import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, run, type WorkspacePackage, workspacePackages } from './support/workspace.js';

/**
 * What `npm publish` would ship: every public package packed as npm packs it, then the packages a
 * website uses installed from those tarballs into a fresh project outside the repository (no
 * workspace link; third-party dependencies from the registry, or npm's cache) and built with Vite.
 */
const all = workspacePackages();
const published = all.filter((pkg) => !pkg.manifest.private);
/** What builds the brand or runs the asset pipeline, never what a website runs. */
const buildTimeLibraries = ['style-dictionary', 'zod', 'colorjs.io', 'piscina', 'tsx', '@blason/tokens'];
/** What a website installs: the components, the built theme, and core's French formatting under them. */
const websitePackages = ['@blason/core', '@blason/theme', '@blason/react'];

interface PackResult {
  readonly name: string;
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/** Every file path an `exports` map or a `bin` points to, without the workspace-only `source` condition. */
function entryPaths(pkg: WorkspacePackage): string[] {
  const paths: string[] = [];
  const visit = (node: unknown, condition?: string) => {
    if (condition === 'source') return;
    if (typeof node === 'string') paths.push(node.replace(/^\.\//, ''));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) visit(value, key);
  };
  visit(pkg.manifest.exports);
  visit(pkg.manifest.bin);
  return paths;
}

let scratch: string;
let packs: Map<string, PackResult>;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'blason-pack-'));
  const args = ['pack', '--json', '--pack-destination', scratch];
  for (const pkg of published) args.push('--workspace', pkg.manifest.name);
  const results = JSON.parse(await run('npm', args, repoRoot)) as PackResult[];
  packs = new Map(results.map((result) => [result.name, result]));
}, 120_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('packs every public package, and only those', () => {
    expect([...packs.keys()].sort()).toEqual(published.map((pkg) => pkg.manifest.name).sort());
    expect(all.filter((pkg) => pkg.manifest.private).map((pkg) => pkg.manifest.name)).toEqual([
      '@blason/chromium',
    ]);
  });

  it.each(published.map((pkg) => [pkg.manifest.name, pkg] as const))(
    '%s ships its README, LICENSE, built entry points and declarations, and no source or test',
    (name, pkg) => {
      const files = (packs.get(name)?.files ?? []).map((file) => file.path);
      expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
      expect(pkg.manifest.license).toBe('MIT');
      const missing = entryPaths(pkg).filter((entry) =>
        entry.includes('*')
          ? !files.some((file) => file.startsWith(entry.slice(0, entry.indexOf('*'))))
          : !files.includes(entry),
      );
      expect(missing).toEqual([]);
      expect(files.some((file) => file.endsWith('.d.ts'))).toBe(true);
      expect(files.filter((file) => /^src\/|\.test\.|\.test-builds|\.tsbuildinfo$/.test(file))).toEqual([]);
    },
  );

  it('depends on no private package', () => {
    const privateNames = new Set(all.filter((pkg) => pkg.manifest.private).map((pkg) => pkg.manifest.name));
    const leaks = published.flatMap((pkg) =>
      Object.keys(pkg.manifest.dependencies ?? {})
        .filter((dependency) => privateNames.has(dependency))
        .map((dependency) => `${pkg.manifest.name} → ${dependency}`),
    );
    expect(leaks).toEqual([]);
  });
});

describe('a website installed from the tarballs', () => {
  let site: string;
  let built: { js: string; css: string; assets: string[]; modules: string[] };

  beforeAll(async () => {
    site = path.join(scratch, 'site');
    await cp(path.join(import.meta.dirname, 'fixtures', 'site'), site, { recursive: true });
    const tarball = (name: string) => `file:${path.join(scratch, packs.get(name)?.filename ?? name)}`;
    // the workspace's versions, so that npm's cache serves them
    const version = (name: string) =>
      (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
    const manifest = {
      name: 'site',
      private: true,
      type: 'module',
      scripts: { build: 'vite build' },
      dependencies: {
        // @blason/react depends on @blason/core and @blason/theme: their tarballs, not the registry
        ...Object.fromEntries(websitePackages.map((name) => [name, tarball(name)])),
        react: version('react'),
        'react-dom': version('react-dom'),
      },
      devDependencies: { vite: version('vite') },
    };
    await writeFile(path.join(site, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], site);
    await run(process.execPath, [path.join(site, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], site);
    const assetsDir = path.join(site, 'dist', 'assets');
    const assets = await readdir(assetsDir);
    const text = async (extension: string) =>
      (
        await Promise.all(
          assets
            .filter((file) => file.endsWith(extension))
            .map((file) => readFile(path.join(assetsDir, file), 'utf8')),
        )
      ).join('\n');
    const maps = await Promise.all(
      assets
        .filter((file) => file.endsWith('.js.map'))
        .map(
          async (file) =>
            JSON.parse(await readFile(path.join(assetsDir, file), 'utf8')) as { sources: string[] },
        ),
    );
    built = {
      js: await text('.js'),
      css: await text('.css'),
      assets,
      modules: maps.flatMap((map) => map.sources),
    };
  }, 300_000);

  it('installs the packages from their tarballs, not from links or the registry', () => {
    for (const name of websitePackages) {
      const lock = JSON.parse(readFileSync(path.join(site, 'package-lock.json'), 'utf8'));
      expect(lock.packages[`node_modules/${name}`]?.resolved, name).toMatch(/^file:.*\.tgz$/);
      expect(lock.packages[`node_modules/${name}`]?.link, name).toBeUndefined();
    }
  });

  it('builds with Vite: the partner’s tokens, the components’ CSS and the fonts as files', () => {
    expect(built.css).toMatch(/\[data-partner="?capso"?\]\[data-mode="?dark"?\]/);
    expect(built.css).not.toMatch(/data-partner="?office-tourisme/);
    expect(built.css).toMatch(/@font-face\{font-family:Atkinson Hyperlegible Next/);
    expect(
      built.assets.some((file) => /^atkinson-hyperlegible-next-latin-400-normal-.*\.woff2$/.test(file)),
    ).toBe(true);
    expect(built.js).toContain('Communauté d’agglomération du Pays de Saint-Omer');
  });

  it('renders on the server in plain Node and from a default Vite SSR build', async () => {
    const heading = /^<h1 class="[\w ]+">Agenda<\/h1>$/;
    expect(await run(process.execPath, ['render.mjs'], site)).toMatch(heading);
    const vite = path.join(site, 'node_modules', 'vite', 'bin', 'vite.js');
    await run(process.execPath, [vite, 'build', '--ssr', 'render.mjs', '--outDir', 'dist-ssr'], site);
    expect(await run(process.execPath, [path.join('dist-ssr', 'render.js')], site)).toMatch(heading);
  }, 60_000);

  it('bundles no build-time library into the page', () => {
    expect(built.modules.some((source) => source.includes('node_modules/@blason/react/'))).toBe(true);
    const found = built.modules.filter((source) =>
      buildTimeLibraries.some((name) => source.includes(`node_modules/${name}/`)),
    );
    expect(found).toEqual([]);
  });

  it('installs no build-time library with @blason/react and @blason/theme', async () => {
    for (const name of ['@blason/react', '@blason/theme']) {
      const closure = dependencyClosure(path.join(site, 'node_modules', ...name.split('/')));
      expect(
        buildTimeLibraries.filter((library) => closure.has(library)),
        name,
      ).toEqual([]);
    }
    // nor anywhere in the site's tree (Vite, its one dev dependency, included)
    const installed = await installedPackages(path.join(site, 'node_modules'));
    expect(buildTimeLibraries.filter((library) => installed.has(library))).toEqual([]);
    expect(installed.has('@vanilla-extract/css')).toBe(true);
  });
});

/** Names of every package a package's `dependencies` bring, resolved as Node resolves them. */
function dependencyClosure(packageDir: string, seen = new Set<string>()): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    if (seen.has(name)) continue;
    seen.add(name);
    const dir = locate(name, packageDir);
    if (dir) dependencyClosure(dir, seen);
  }
  return seen;
}

function locate(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Names of every package installed under a `node_modules` folder, nested ones included. */
async function installedPackages(nodeModules: string, found = new Set<string>()): Promise<Set<string>> {
  const entries = await readdir(nodeModules, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter(
    (candidate) => candidate.isDirectory() && !candidate.name.startsWith('.'),
  )) {
    const dirs = entry.name.startsWith('@')
      ? (await readdir(path.join(nodeModules, entry.name))).map((name) => `${entry.name}/${name}`)
      : [entry.name];
    for (const name of dirs) {
      found.add(name);
      await installedPackages(path.join(nodeModules, name, 'node_modules'), found);
    }
  }
  return found;
}
