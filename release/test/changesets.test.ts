import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, run } from './support/workspace.js';

/**
 * The release's dry run: `changeset version` on a copy of the repository's manifests, changelogs and
 * changesets, as the release workflow runs it on `main`. Nothing in the repository changes.
 */
const changesetBin = createRequire(import.meta.url).resolve('@changesets/cli/bin.js');

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}

/** `---\n'@blason/x': minor\n---` → { '@blason/x': 'minor' } for every pending changeset. */
const BUMP_ORDER = ['patch', 'minor', 'major'];

async function pendingBumps(dir: string): Promise<Map<string, string>> {
  const bumps = new Map<string, string>();
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.md') && name !== 'README.md')) {
    const front = /^---\n([\s\S]*?)\n---/.exec(await readFile(path.join(dir, file), 'utf8'))?.[1] ?? '';
    // several changesets may name a package: the release takes the highest bump
    for (const [, name, bump] of front.matchAll(/^["']?([^"':]+)["']?:\s*(patch|minor|major)\s*$/gm)) {
      const previous = bumps.get(name as string);
      if (!previous || BUMP_ORDER.indexOf(bump as string) > BUMP_ORDER.indexOf(previous))
        bumps.set(name as string, bump as string);
    }
  }
  return bumps;
}

let copy: string;
let workspaces: string[];
let before: Map<string, Manifest>;
let bumps: Map<string, string>;

beforeAll(async () => {
  copy = await mkdtemp(path.join(tmpdir(), 'blason-release-'));
  const root = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
    workspaces: string[];
  };
  workspaces = [];
  for (const pattern of root.workspaces) {
    const dirs = pattern.endsWith('/*')
      ? (await readdir(path.join(repoRoot, pattern.slice(0, -2)))).map(
          (name) => `${pattern.slice(0, -2)}/${name}`,
        )
      : [pattern];
    workspaces.push(...dirs.filter((dir) => existsSync(path.join(repoRoot, dir, 'package.json'))));
  }
  await cp(path.join(repoRoot, 'package.json'), path.join(copy, 'package.json'));
  await cp(path.join(repoRoot, '.changeset'), path.join(copy, '.changeset'), { recursive: true });
  before = new Map();
  for (const dir of workspaces) {
    await mkdir(path.join(copy, dir), { recursive: true });
    for (const file of ['package.json', 'CHANGELOG.md']) {
      if (existsSync(path.join(repoRoot, dir, file)))
        await cp(path.join(repoRoot, dir, file), path.join(copy, dir, file));
    }
    const manifest = JSON.parse(await readFile(path.join(repoRoot, dir, 'package.json'), 'utf8')) as Manifest;
    before.set(dir, manifest);
  }
  bumps = await pendingBumps(path.join(repoRoot, '.changeset'));
  await run(process.execPath, [changesetBin, 'version'], copy);
}, 120_000);

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

const after = async (dir: string) =>
  JSON.parse(await readFile(path.join(copy, dir, 'package.json'), 'utf8')) as Manifest;

describe('changeset version (dry run on a copy)', () => {
  it('has changesets to release, each naming public packages of the workspace', () => {
    const publicNames = new Set([...before.values()].filter((m) => !m.private).map((m) => m.name));
    expect(bumps.size).toBeGreaterThan(0);
    expect([...bumps.keys()].filter((name) => !publicNames.has(name))).toEqual([]);
  });

  it('bumps each package its changesets name, and writes the change into its CHANGELOG.md', async () => {
    for (const dir of workspaces) {
      const old = before.get(dir) as Manifest;
      const bump = bumps.get(old.name);
      if (!bump) continue;
      const [major, minor, patch] = old.version.split('.').map(Number) as [number, number, number];
      const expected =
        bump === 'major'
          ? `${major + 1}.0.0`
          : bump === 'minor'
            ? `${major}.${minor + 1}.0`
            : `${major}.${minor}.${patch + 1}`;
      expect((await after(dir)).version, old.name).toBe(expected);
      const changelog = await readFile(path.join(copy, dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog, old.name).toMatch(
        new RegExp(`^# ${old.name}\\n\\n## ${expected.replaceAll('.', '\\.')}\\n`),
      );
    }
  });

  it('moves internal dependencies to the new versions and leaves private packages alone', async () => {
    const versions = new Map<string, string>();
    for (const dir of workspaces) versions.set((await after(dir)).name, (await after(dir)).version);
    for (const dir of workspaces) {
      const manifest = await after(dir);
      if (manifest.private) expect(manifest.version, manifest.name).toBe(before.get(dir)?.version);
      for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
        if (versions.has(name) && !(before.get(dir)?.private ?? false))
          expect(`${manifest.name} → ${name}@${range}`).toBe(
            `${manifest.name} → ${name}@${versions.get(name)}`,
          );
      }
    }
  });

  it('consumes the changesets', async () => {
    expect(
      (await readdir(path.join(copy, '.changeset'))).filter((name) => name.endsWith('.md')).sort(),
    ).toEqual(['README.md']);
  });
});
