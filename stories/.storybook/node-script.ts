import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * Runs a TypeScript script of this folder in a Node child with the workspace sources (tsx, `source`
 * condition) and returns what it prints: Storybook's own config loader does not resolve them.
 */
export function runNodeScript(script: string, args: readonly string[]): Promise<string> {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--conditions=source', '--import', tsx, script, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`${script} ${args.join(' ')}:\n${stderr || error.message}`))
          : resolve(stdout),
    );
  });
}
