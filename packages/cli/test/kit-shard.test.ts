/**
 * The kit spread over CI machines, simulated here: three `blason kit --shard i/3` runs in separate
 * processes, then `blason kit merge`, against one `blason kit` run of the same partners.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const bin = new URL('../bin/blason.js', import.meta.url).pathname;
/** Three of the sample partners with the fewest visuals keep the test short. */
const PARTNERS = 'pays-de-lumbres,agence-eco,agence-urbanisme';

async function blason(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd: root,
      maxBuffer: 8 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** `sha256 path` of every file of a kit folder but its caches, sorted. */
async function digest(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(dir, file).split('/').includes('.blason-cache'));
  const lines = await Promise.all(
    files.map(async (file) => {
      const hash = createHash('sha256')
        .update(await readFile(file))
        .digest('hex');
      return `${hash} ${relative(dir, file)}`;
    }),
  );
  return lines.sort();
}

const work = { single: '', shards: [] as string[] };

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'blason-kit-shard-'));
  work.single = join(base, 'single');
  work.shards = [1, 2, 3].map((index) => join(base, `shard-${index}`));
  const runs = await Promise.all([
    blason('kit', '--partner', PARTNERS, '--out', work.single, '--jobs', '1'),
    ...work.shards.map((out, index) =>
      blason('kit', '--partner', PARTNERS, '--out', out, '--jobs', '1', '--shard', `${index + 1}/3`),
    ),
  ]);
  for (const run of runs) expect(run.stderr + run.stdout).not.toContain('Error');
  expect(runs.map((run) => run.code)).toEqual([0, 0, 0, 0]);
}, 900_000);

describe('blason kit --shard i/n and blason kit merge', () => {
  test('three shards in separate processes, merged, give the same kits as one run, byte for byte', async () => {
    const merged = join(await mkdtemp(join(tmpdir(), 'blason-kit-merged-')), 'kit');
    const { code, stdout } = await blason('kit', 'merge', ...work.shards, '--out', merged);
    expect(code).toBe(0);
    for (const partner of PARTNERS.split(',')) expect(stdout).toContain(partner);
    const [single, assembled] = await Promise.all([digest(work.single), digest(merged)]);
    expect(assembled.length).toBeGreaterThan(100);
    expect(assembled).toEqual(single);
  });

  test('each shard builds its own partners only', async () => {
    const built = await Promise.all(
      work.shards.map(async (dir) => (await readdir(dir)).filter((name) => name.endsWith('.zip')).sort()),
    );
    expect(built.flat().sort()).toEqual(
      PARTNERS.split(',')
        .map((partner) => `${partner}.zip`)
        .sort(),
    );
    expect(built.every((zips) => zips.length === 1)).toBe(true);
  });

  test('a missing shard makes the merge refuse, in French, without writing any kit', async () => {
    const merged = join(await mkdtemp(join(tmpdir(), 'blason-kit-merged-')), 'kit');
    const { code, stderr } = await blason('kit', 'merge', ...work.shards.slice(0, 2), '--out', merged);
    expect(code).toBe(1);
    expect(stderr).toContain('la tranche 3/3 manque');
    expect(await readdir(merged).catch(() => [])).toEqual([]);
  });

  test('a shard that did not finish or whose kit changed is refused, and nothing is written', async () => {
    const base = await mkdtemp(join(tmpdir(), 'blason-kit-broken-'));
    const unfinished = join(base, 'unfinished');
    await cp(work.shards[2] ?? '', unfinished, { recursive: true });
    await writeFile(join(unfinished, 'blason-shard.json'), '{');
    const damaged = join(base, 'damaged');
    await cp(work.shards[1] ?? '', damaged, { recursive: true });
    const [zip] = (await readdir(damaged)).filter((name) => name.endsWith('.zip'));
    await writeFile(join(damaged, zip ?? ''), 'not a zip');
    const merged = join(base, 'kit');
    const first = await blason(
      'kit',
      'merge',
      work.shards[0] ?? '',
      work.shards[1] ?? '',
      unfinished,
      '--out',
      merged,
    );
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('la tranche n’a pas abouti');
    const second = await blason(
      'kit',
      'merge',
      work.shards[0] ?? '',
      damaged,
      work.shards[2] ?? '',
      '--out',
      merged,
    );
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('différent de celui que la tranche 2/3 a construit');
    expect(await readdir(merged).catch(() => [])).toEqual([]);
  });
});
