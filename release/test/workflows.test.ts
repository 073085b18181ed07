import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './support/workspace.js';

/** The GitHub workflows, checked against GitHub's workflow schema (action-validator, offline) and read for what they must run. */
const workflowsDir = path.join(repoRoot, '.github', 'workflows');
const files = readdirSync(workflowsDir)
  .filter((file) => file.endsWith('.yml'))
  .sort();
const source = (file: string) => readFileSync(path.join(workflowsDir, file), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  steps: Step[];
  strategy?: { matrix?: Record<string, unknown> };
}
const jobs = (file: string) => (parse(source(file)) as { jobs: Record<string, Job> }).jobs;
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run] : []));

describe('GitHub workflows', () => {
  it('are ci, kit and release', () => {
    expect(files).toEqual(['ci.yml', 'kit.yml', 'release.yml']);
  });

  it.each(files)('%s is a valid workflow', (file) => {
    expect(validateWorkflow(source(file)).errors).toEqual([]);
  });

  it('the validator rejects what GitHub would', () => {
    const broken = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    step:\n      - run: npm test\n';
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('ci runs the README’s test command with npm’s and turbo’s caches', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toMatch(/^npm test\b/m);
    const { test } = jobs('ci.yml');
    expect(runs(test as Job)).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test']));
    const cached = (test as Job).steps
      .filter((step) => step.uses?.startsWith('actions/cache@'))
      .map((step) => step.with?.path);
    expect(cached).toEqual(['~/.npm', '.turbo/cache']);
    expect(source('ci.yml')).toMatch(/TURBO_TOKEN: \$\{\{ secrets\.TURBO_TOKEN \}\}/);
  });

  // GitHub's expressions, not JavaScript templates
  const expression = (text: string) => `\${{ ${text} }}`;

  it('kit renders one shard per machine of the matrix, then merges them into dist/kit', () => {
    const { plan, shard, merge } = jobs('kit.yml') as Record<string, Job>;
    expect(plan).toBeDefined();
    expect(shard?.strategy?.matrix?.shard).toBe(expression('fromJSON(needs.plan.outputs.shards)'));
    expect(runs(shard as Job)).toContain(
      `npx blason kit --shard ${expression('matrix.shard')}/${expression('needs.plan.outputs.count')} --out dist/kit-shard`,
    );
    expect(merge?.needs).toEqual(['plan', 'shard']);
    expect(runs(merge as Job)).toContain('npx blason kit merge dist/kit-shards/kit-shard-* --out dist/kit');
  });

  it('release versions and publishes with changesets', () => {
    const { release } = jobs('release.yml') as Record<string, Job>;
    const action = release?.steps.find((step) => step.uses?.startsWith('changesets/action@'));
    expect(action?.with).toMatchObject({
      version: 'npm run version-packages',
      publish: 'npx changeset publish',
    });
    const root = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(root.scripts['version-packages']).toMatch(/^changeset version/);
  });
});
