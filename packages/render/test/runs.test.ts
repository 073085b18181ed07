import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { renderCampaigns, screenPath } from '../src/index.js';
import { createPool } from '../src/node/pool.js';
import { campaignDir, EVENT } from './support/campaigns.js';
import { repoRoot, tokensDir } from './support/deps.js';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((path) => !path.startsWith('.blason-cache'))
    .sort();
}

async function expectWholeFiles(dir: string): Promise<void> {
  const files = await listFiles(dir);
  for (const file of files.filter((f) => f.endsWith('.png'))) {
    const { info } = await sharp(join(dir, file)).raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBeGreaterThan(0);
  }
  for (const file of files.filter((f) => f.endsWith('.svg'))) {
    expect((await readFile(join(dir, file), 'utf8')).trimEnd().endsWith('</svg>')).toBe(true);
  }
}

async function contents(dir: string): Promise<Record<string, string>> {
  const files = await listFiles(dir);
  return Object.fromEntries(
    await Promise.all(files.map(async (f) => [f, (await readFile(join(dir, f))).toString('base64')])),
  );
}

const options = {
  tokensDir,
  partners: ['capso', 'territoire'],
  formats: ['instagram-square', 'story', 'poster-a4'],
  outputs: ['png', 'jpeg', 'webp', 'svg'],
  jobs: 2,
} as const;

describe('runs', () => {
  test('are deterministic: two runs in worker threads give byte-identical files', {
    timeout: 180_000,
  }, async () => {
    const { dir, files } = await campaignDir({ event: EVENT });
    const first = await renderCampaigns({ ...options, campaigns: files, outDir: join(dir, 'a') });
    const second = await renderCampaigns({ ...options, campaigns: files, outDir: join(dir, 'b') });
    expect(first.problems).toEqual([]);
    expect(first.visuals).toHaveLength(6);
    expect(second.visuals).toEqual(first.visuals);
    expect(await contents(join(dir, 'b'))).toEqual(await contents(join(dir, 'a')));
  });

  test('are incremental: nothing changed skips everything; a changed token re-renders its partner only', {
    timeout: 180_000,
  }, async () => {
    const { dir, files } = await campaignDir({ event: EVENT });
    // A copy of the brand next to the real assets (token files point to ../../assets/).
    const brand = await mkdtemp(join(tmpdir(), 'blason-brand-'));
    await cp(tokensDir, join(brand, 'tokens'), { recursive: true });
    await symlink(join(repoRoot, 'assets'), join(brand, 'assets'));
    const run = () =>
      renderCampaigns({
        ...options,
        tokensDir: join(brand, 'tokens'),
        campaigns: files,
        outDir: join(dir, 'out'),
      });
    const cold = await run();
    expect(cold.skipped).toEqual([]);
    const warm = await run();
    expect(warm.skipped).toEqual(warm.visuals.map((v) => v.key));
    expect(warm.visuals).toEqual(cold.visuals);

    const capso = join(brand, 'tokens', 'partners', 'capso.tokens.json');
    const source = await readFile(capso, 'utf8');
    await writeFile(capso, source.replace('"{partner.accent.700}"', '"{partner.accent.900}"'));
    const changed = await run();
    const rerendered = changed.visuals.map((v) => v.key).filter((key) => !changed.skipped.includes(key));
    expect(rerendered.length).toBeGreaterThan(0);
    expect(rerendered.every((key) => key.startsWith('capso/'))).toBe(true);
    expect(changed.skipped.filter((key) => key.startsWith('territoire/'))).toHaveLength(3);
  });

  test('are atomic: a run killed mid-way leaves only whole files, and the next run completes it', {
    timeout: 180_000,
  }, async () => {
    const { dir, files } = await campaignDir({ event: EVENT });
    const out = join(dir, 'out');
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        tsx,
        join(import.meta.dirname, 'support', 'render-child.ts'),
        out,
        tokensDir,
        ...files,
      ],
      { stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Kill it (no clean-up possible) as soon as the first visual is on disk.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(async () => {
        const written = await listFiles(out).catch(() => []);
        if (written.some((f) => f.endsWith('.png'))) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', (code) => {
        clearInterval(timer);
        if (code === 0) reject(new Error('the child finished before it could be interrupted'));
      });
    });
    await exited;
    const partial = (await listFiles(out)).filter((f) => !/\.tmp$/.test(f));
    expect(partial.length).toBeLessThan(6 * 3 * 3);
    await expectWholeFiles(out);

    const resumed = await renderCampaigns({
      campaigns: files,
      tokensDir,
      outDir: out,
      formats: ['instagram-square', 'story', 'linkedin'],
      outputs: ['png', 'svg'],
      jobs: 2,
    });
    expect(resumed.problems).toEqual([]);
    expect(resumed.visuals).toHaveLength(18);
    const complete = await listFiles(out);
    expect(complete.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(complete).toHaveLength(18 * 3);
    const reference = await renderCampaigns({
      campaigns: files,
      tokensDir,
      outDir: join(dir, 'reference'),
      formats: ['instagram-square', 'story', 'linkedin'],
      outputs: ['png', 'svg'],
      jobs: 2,
    });
    expect(resumed.visuals).toEqual(reference.visuals);
  });

  test('keep rendering a batch past one visual’s internal error: only that visual fails', {
    timeout: 180_000,
  }, async () => {
    const { dir, files } = await campaignDir({ event: EVENT });
    const out = join(dir, 'out');
    // A folder where capso’s story PNG goes: its write fails, an error no content explains. The
    // story’s batch (every partner’s story of the campaign) goes on to territoire’s.
    await mkdir(join(out, screenPath('capso', EVENT.id, 'story', 'png')), { recursive: true });
    const report = await renderCampaigns({ ...options, campaigns: files, outDir: out });
    const failed = report.problems.filter((problem) => problem.code === 'render/internal');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.message).toContain(`capso/${EVENT.id}/story`);
    expect(report.visuals.map((visual) => visual.key)).toContain(`territoire/${EVENT.id}/story`);
    expect(report.visuals).toHaveLength(5);
  });

  test('survive a worker thread killed mid-render: only its visuals fail, and a rerun completes them', {
    timeout: 180_000,
  }, async () => {
    const { dir, files } = await campaignDir({ event: EVENT });
    const out = join(dir, 'out');
    const pool = createPool(2);
    let stopped = false;
    const interrupted = await renderCampaigns({
      ...options,
      campaigns: files,
      outDir: out,
      pool,
      // After the first visual, with more queued, every thread is busy: stopping them all cuts at
      // least one visual off mid-render. The pool replaces the threads and goes on.
      onProgress: () => {
        if (stopped) return;
        stopped = true;
        for (const thread of pool.threads()) void thread.terminate();
      },
    }).finally(() => pool.destroy());
    const failed = interrupted.problems.filter((problem) => problem.code === 'render/internal');
    expect(failed.length).toBeGreaterThan(0);
    expect(interrupted.visuals.length).toBeLessThan(6);
    expect(interrupted.visuals.length).toBeGreaterThan(0);
    await expectWholeFiles(out);

    const resumed = await renderCampaigns({ ...options, campaigns: files, outDir: out });
    expect(resumed.problems).toEqual([]);
    expect(resumed.skipped).toEqual(interrupted.visuals.map((visual) => visual.key));
    expect((await listFiles(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const reference = await renderCampaigns({ ...options, campaigns: files, outDir: join(dir, 'reference') });
    expect(resumed.visuals).toEqual(reference.visuals);
    expect(await contents(out)).toEqual(await contents(join(dir, 'reference')));
  });
});
