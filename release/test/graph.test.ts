/**
 * The package graph docs/ARCHITECTURE.md draws, checked on the code: the arrows that must never exist,
 * no cycle, every `@blason/*` import declared, and the render engine browser-safe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Workspace {
  readonly name: string;
  readonly dir: string;
  readonly private: boolean;
  readonly dependencies: readonly string[];
  readonly devDependencies: readonly string[];
}

/** Arrows that must never exist: `from` may not depend on (nor import) any of `to`. */
const FORBIDDEN: readonly { readonly from: string; readonly to: readonly string[]; readonly why: string }[] =
  [
    { from: '@blason/core', to: ['*'], why: 'core sits under everything' },
    { from: '@blason/tokens', to: ['*', '!@blason/core'], why: 'the tokens read only brand data' },
    {
      from: '@blason/theme',
      to: ['*'],
      why: 'a website installs the built theme alone (the tokens builder is a dev dependency of its build)',
    },
    {
      from: '@blason/print',
      to: ['@blason/render', '@blason/templates', '@blason/logos', '@blason/kit'],
      why: 'print draws given SVGs',
    },
    {
      from: '@blason/render',
      to: ['@blason/kit', '@blason/logos', '@blason/studio', '@blason/cli'],
      why: 'render serves them',
    },
    {
      from: '@blason/logos',
      to: ['@blason/kit', '@blason/studio', '@blason/cli'],
      why: 'logos serve the kit',
    },
    { from: '@blason/kit', to: ['@blason/cli', '@blason/studio'], why: 'the kit is a library the CLI calls' },
    {
      from: '@blason/react',
      to: ['@blason/tokens', '@blason/render', '@blason/lexicon', '@blason/templates'],
      why: 'a website installs React with the built theme, without the token builder or the asset pipeline',
    },
  ];

function workspaces(): Workspace[] {
  return readdirSync(path.join(root, 'packages')).map((folder) => {
    const dir = path.join(root, 'packages', folder);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      name: string;
      private?: boolean;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const blason = (deps: Record<string, string> = {}) =>
      Object.keys(deps).filter((d) => d.startsWith('@blason/'));
    return {
      name: manifest.name,
      dir,
      private: manifest.private ?? false,
      dependencies: blason(manifest.dependencies),
      devDependencies: blason(manifest.devDependencies),
    };
  });
}

/** Source files shipped by a package (tests and test support left out). */
function sourceFiles(dir: string): string[] {
  const src = path.join(dir, 'src');
  let entries: string[];
  try {
    entries = readdirSync(src, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries
    .filter(
      (file) => /\.(ts|tsx|mts)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes('test-support'),
    )
    .map((file) => path.join(src, file));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1] ?? '');
  return specifiers.filter(Boolean);
}

function packageOf(specifier: string): string | undefined {
  const match = /^(@blason\/[^/]+)/.exec(specifier);
  return match?.[1];
}

function forbids(rule: (typeof FORBIDDEN)[number], target: string): boolean {
  if (rule.to.includes(`!${target}`)) return false;
  return rule.to.includes('*') || rule.to.includes(target);
}

describe('the package graph', () => {
  const all = workspaces();

  it('has none of the forbidden arrows, in manifests or in imports', () => {
    const found: string[] = [];
    for (const workspace of all) {
      const imported = new Set(sourceFiles(workspace.dir).flatMap(importsOf).map(packageOf).filter(Boolean));
      const edges = new Set([...workspace.dependencies, ...imported] as string[]);
      edges.delete(workspace.name);
      if (workspace.name !== '@blason/cli' && edges.has('@blason/cli'))
        found.push(`${workspace.name} → @blason/cli (nothing uses the CLI)`);
      for (const rule of FORBIDDEN.filter((candidate) => candidate.from === workspace.name)) {
        for (const target of edges)
          if (forbids(rule, target)) found.push(`${workspace.name} → ${target} (${rule.why})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('ships no package that depends on the test-only Chromium tooling', () => {
    const found = all
      .filter((workspace) => !workspace.private && workspace.dependencies.includes('@blason/chromium'))
      .map((workspace) => workspace.name);
    expect(found).toEqual([]);
  });

  // A dev dependency is enough for code bundled at build time (the studio's web app).
  it('declares every @blason package a source file imports', () => {
    const missing: string[] = [];
    for (const workspace of all) {
      for (const target of new Set(sourceFiles(workspace.dir).flatMap(importsOf).map(packageOf))) {
        const declared = [...workspace.dependencies, ...workspace.devDependencies];
        if (target && target !== workspace.name && !declared.includes(target)) {
          missing.push(`${workspace.name} imports ${target}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no cycle', () => {
    const edges = new Map(all.map((workspace) => [workspace.name, workspace.dependencies]));
    const cycles: string[] = [];
    const visit = (name: string, trail: readonly string[]) => {
      if (trail.includes(name)) {
        cycles.push([...trail.slice(trail.indexOf(name)), name].join(' → '));
        return;
      }
      for (const next of edges.get(name) ?? []) visit(next, [...trail, name]);
    };
    for (const name of edges.keys()) visit(name, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the render engine browser-safe: nothing from node/, no node: module', () => {
    const engine = path.join(root, 'packages', 'render', 'src', 'engine');
    const found = (readdirSync(engine, { recursive: true }) as string[])
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .flatMap((file) =>
        importsOf(path.join(engine, file))
          .filter((specifier) => specifier.startsWith('node:') || specifier.includes('/node/'))
          .map((specifier) => `${file} imports ${specifier}`),
      );
    expect(found).toEqual([]);
  });
});
