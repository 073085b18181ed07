import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

export interface WorkspacePackage {
  readonly dir: string;
  readonly manifest: {
    readonly name: string;
    readonly version: string;
    readonly private?: boolean;
    readonly license?: string;
    readonly files?: readonly string[];
    readonly exports?: unknown;
    readonly bin?: Readonly<Record<string, string>>;
    readonly dependencies?: Readonly<Record<string, string>>;
  };
}

/** The packages under `packages/`, public and private. */
export function workspacePackages(): WorkspacePackage[] {
  const packagesDir = path.join(repoRoot, 'packages');
  return readdirSync(packagesDir)
    .sort()
    .map((name) => {
      const dir = path.join(packagesDir, name);
      return { dir, manifest: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) };
    });
}

/**
 * Runs a command with the environment of a developer's shell: without the `npm_*` variables that
 * `npm test` sets (a workspace, a prefix), which would make npm act on this repository.
 */
export async function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const { stdout } = await promisify(execFile)(command, args, {
    cwd,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}
