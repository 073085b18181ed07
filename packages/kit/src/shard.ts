import { cp, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { BlasonError, type Problem, sha256, stableStringify, writeFileAtomic } from '@blason/core';
import type { Shard } from '@blason/render';
import type { PartnerSummary } from './partner-task.js';

/** What a shard leaves beside its partner kits, written last: its presence means the shard finished. */
export interface ShardRecord {
  readonly format: 1;
  readonly shard: Shard;
  /** Digest of the kit's inputs and options (the same on every shard of one build). */
  readonly digest: string;
  /** Every partner of the whole build, in build order. */
  readonly partners: readonly string[];
  /** The partner kits this shard built, with the digest of each zip. */
  readonly built: readonly ShardPartner[];
}

export interface ShardPartner extends Omit<PartnerSummary, 'dir' | 'zip'> {
  readonly zipSha256: string;
}

export const SHARD_RECORD = 'blason-shard.json';

/** The partners a shard builds: dealt round-robin in build order, so shards never overlap. */
export function partnersOfShard<T>(partners: readonly T[], shard: Shard | undefined): T[] {
  if (!shard || shard.count === 1) return [...partners];
  return partners.filter((_, position) => position % shard.count === shard.index - 1);
}

export async function writeShardRecord(
  outDir: string,
  shard: Shard,
  digest: string,
  partners: readonly string[],
  built: readonly PartnerSummary[],
): Promise<void> {
  const record: ShardRecord = {
    format: 1,
    shard,
    digest,
    partners,
    built: await Promise.all(
      built.map(async ({ dir: _dir, zip, ...summary }) => ({
        ...summary,
        zipSha256: sha256(await readFile(zip)),
      })),
    ),
  };
  await writeFileAtomic(join(outDir, SHARD_RECORD), `${stableStringify(record)}\n`);
}

export interface MergedKit {
  readonly digest: string;
  readonly partners: readonly PartnerSummary[];
}

/**
 * Assembles the partner kits of every shard of one build into `outDir`. Everything is checked before
 * anything is written (every shard present and finished, one build, each partner built exactly once,
 * every zip as its shard recorded it); the kits are then staged beside `outDir` and moved into place.
 */
export async function mergeShards(shardDirs: readonly string[], outDir: string): Promise<MergedKit> {
  const records = await readRecords(shardDirs);
  const first = checkShards(records);
  await checkZips(records);
  const target = resolve(outDir);
  const staging = join(target, `.merge-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const { dir, record } of records) {
      for (const partner of record.built) {
        await cp(join(dir, partner.partner), join(staging, partner.partner), { recursive: true });
        await cp(join(dir, `${partner.partner}.zip`), join(staging, `${partner.partner}.zip`));
      }
    }
    for (const partner of first.partners) {
      await rm(join(target, partner), { recursive: true, force: true });
      await rename(join(staging, partner), join(target, partner));
      await rename(join(staging, `${partner}.zip`), join(target, `${partner}.zip`));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const built = new Map(
    records.flatMap(({ record }) => record.built.map((partner) => [partner.partner, partner])),
  );
  const partners = first.partners.map((id): PartnerSummary => {
    const { zipSha256: _zip, ...summary } = built.get(id) as ShardPartner;
    return { ...summary, dir: join(target, id), zip: join(target, `${id}.zip`) };
  });
  return { digest: first.digest, partners };
}

interface ShardDir {
  readonly dir: string;
  readonly record: ShardRecord;
}

async function readRecords(shardDirs: readonly string[]): Promise<ShardDir[]> {
  const problems: Problem[] = [];
  const records: ShardDir[] = [];
  for (const dir of shardDirs.map((shardDir) => resolve(shardDir))) {
    const file = join(dir, SHARD_RECORD);
    try {
      records.push({ dir, record: JSON.parse(await readFile(file, 'utf8')) as ShardRecord });
    } catch {
      problems.push({
        code: 'kit/shard-unfinished',
        file: dir,
        message: `aucun relevé ${SHARD_RECORD} dans ce dossier : la tranche n’a pas abouti ou ce n’est pas une tranche de kit`,
      });
    }
  }
  if (problems.length > 0) throw mergeError(problems);
  return records;
}

/** The shards must be the `count` parts of one build, each partner built by exactly one of them. */
function checkShards(records: readonly ShardDir[]): ShardRecord {
  const problems: Problem[] = [];
  const first = records[0]?.record;
  if (!first) throw mergeError([{ code: 'kit/no-shard', message: 'aucune tranche à assembler' }]);
  const sameBuild = (record: ShardRecord) =>
    record.digest === first.digest &&
    record.shard.count === first.shard.count &&
    record.partners.join(',') === first.partners.join(',');
  for (const { dir, record } of records.filter(({ record }) => !sameBuild(record))) {
    problems.push({
      code: 'kit/shard-mismatch',
      file: dir,
      message: `la tranche ${record.shard.index}/${record.shard.count} vient d’une autre construction (autres entrées, options ou nombre de tranches)`,
    });
  }
  const indices = records.map(({ record }) => record.shard.index);
  for (let index = 1; index <= first.shard.count; index++) {
    const seen = indices.filter((candidate) => candidate === index).length;
    if (seen === 1) continue;
    problems.push({
      code: seen === 0 ? 'kit/shard-missing' : 'kit/shard-duplicate',
      message:
        seen === 0
          ? `la tranche ${index}/${first.shard.count} manque`
          : `la tranche ${index}/${first.shard.count} est donnée ${seen} fois`,
    });
  }
  const builtBy = new Map<string, number>();
  for (const { record } of records) {
    for (const partner of record.built) builtBy.set(partner.partner, (builtBy.get(partner.partner) ?? 0) + 1);
  }
  for (const partner of first.partners.filter((id) => builtBy.get(id) !== 1)) {
    problems.push({
      code: 'kit/shard-partner',
      path: partner,
      message: `le kit du partenaire « ${partner} » est construit ${builtBy.get(partner) ?? 0} fois au lieu d’une`,
    });
  }
  if (problems.length > 0) throw mergeError(problems);
  return first;
}

async function checkZips(records: readonly ShardDir[]): Promise<void> {
  const problems: Problem[] = [];
  for (const { dir, record } of records) {
    for (const partner of record.built) {
      const zip = join(dir, `${partner.partner}.zip`);
      const folder = await stat(join(dir, partner.partner)).catch(() => undefined);
      const data = await readFile(zip).catch(() => undefined);
      if (!folder?.isDirectory() || !data || sha256(data) !== partner.zipSha256) {
        problems.push({
          code: 'kit/shard-damaged',
          file: basename(zip),
          path: partner.partner,
          message: `le kit du partenaire « ${partner.partner} » est absent ou différent de celui que la tranche ${record.shard.index}/${record.shard.count} a construit`,
        });
      }
    }
  }
  if (problems.length > 0) throw mergeError(problems);
}

function mergeError(problems: readonly Problem[]): BlasonError {
  return new BlasonError(
    'Les tranches du kit ne peuvent pas être assemblées : aucun fichier n’a été écrit.',
    problems,
  );
}
