import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BlasonError, type Problem, sha256, writeFileAtomic } from '@blason/core';
import type { Lexicon, LexiconSource } from '../lexicon.js';

const lexiconFile = /\.lexicon\.(?:ya?ml|json)$/;
/** Bumped when what `parseLexicon` makes of the same sources changes without the schema changing. */
const cacheFormat = 1;
const schemaFile = new URL('../../schema/lexicon.schema.json', import.meta.url);

/** Reads every `*.lexicon.yaml|yml|json` file of a directory, in name order. */
export async function readLexiconSources(lexiconDir: string): Promise<LexiconSource[]> {
  const names = (await readdir(lexiconDir)).filter((name) => lexiconFile.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = join(lexiconDir, name);
      return { path: displayPath(file), text: await readFile(file, 'utf8') };
    }),
  );
}

/**
 * The sources of a lexicon folder, or the problem that stops reading them: a folder that is not
 * there (a command run outside the brand's folder), cannot be listed, or holds no lexicon file.
 */
export async function lexiconFolder(
  lexiconDir: string,
): Promise<{ readonly sources: LexiconSource[] } | { readonly problem: Problem }> {
  const file = displayPath(lexiconDir);
  let sources: LexiconSource[];
  try {
    sources = await readLexiconSources(lexiconDir);
  } catch (caught) {
    const error = caught as NodeJS.ErrnoException;
    const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR';
    return {
      problem: missing
        ? {
            code: 'lexicon/missing',
            message: 'lexicon folder not found',
            file,
            expected:
              'a folder of *.lexicon.yaml or *.lexicon.json files: tokens/lexicon in the brand folder, or the one --lexicon names',
          }
        : { code: 'lexicon/unreadable', message: `cannot read the lexicon folder: ${error.message}`, file },
    };
  }
  if (sources.length > 0) return { sources };
  return {
    problem: {
      code: 'lexicon/empty',
      message: 'no lexicon file found',
      file,
      expected: '*.lexicon.yaml or *.lexicon.json files',
    },
  };
}

export function displayPath(file: string): string {
  const relativePath = relative(process.cwd(), file);
  return relativePath.startsWith('..') ? file : relativePath;
}

export interface LoadLexiconOptions {
  readonly lexiconDir: string;
  /**
   * Folder for a validated copy of the lexicon, keyed by the sources and the schema. A lexicon that
   * has not changed is read back without YAML parsing or schema validation (most of the start-up of
   * `blason lint`, which a commit hook or an editor runs on every save).
   */
  readonly cacheDir?: string;
}

/** Loads and validates a lexicon directory; throws `BlasonError` with every problem found. */
export async function loadLexicon({ lexiconDir, cacheDir }: LoadLexiconOptions): Promise<Lexicon> {
  const folder = await lexiconFolder(lexiconDir);
  if ('problem' in folder)
    throw new BlasonError(`${folder.problem.message}: ${lexiconDir}`, [folder.problem]);
  const { sources } = folder;
  const cacheFile = cacheDir ? join(cacheDir, `lexicon-${await cacheKey(sources)}.json`) : undefined;
  const cached = cacheFile ? await readCached(cacheFile) : undefined;
  if (cached) return cached;
  // The YAML parser and the schema validator load only when the lexicon has to be read again.
  const { parseLexicon } = await import('../lexicon.js');
  const { lexicon, problems } = parseLexicon(sources);
  const errors: Problem[] = problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length > 0) throw new BlasonError(`invalid lexicon in ${lexiconDir}`, errors);
  if (cacheFile) await writeCached(cacheFile, lexicon);
  return lexicon;
}

async function cacheKey(sources: readonly LexiconSource[]): Promise<string> {
  const schema = await readFile(schemaFile, 'utf8');
  const parts = [String(cacheFormat), schema, ...sources.flatMap((source) => [source.path, source.text])];
  return sha256(parts.join('\u0000'));
}

interface CachedLexicon {
  readonly entries: Lexicon['entries'];
  readonly policy: Lexicon['policy'];
  readonly sources: [string, ReturnType<Lexicon['sources']['get']>][];
}

async function readCached(file: string): Promise<Lexicon | undefined> {
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as CachedLexicon;
    return {
      entries: cached.entries,
      policy: cached.policy,
      sources: new Map(cached.sources) as Lexicon['sources'],
    };
  } catch {
    return undefined; // missing or unreadable: read the sources again
  }
}

/** Best effort: a cache that cannot be written only costs the next run its speed. */
async function writeCached(file: string, lexicon: Lexicon): Promise<void> {
  const cached: CachedLexicon = {
    entries: lexicon.entries,
    policy: lexicon.policy,
    sources: [...lexicon.sources],
  };
  try {
    const folder = join(file, '..');
    const stale = (await readdir(folder).catch(() => [] as string[])).filter(
      (name) => name.startsWith('lexicon-') && name.endsWith('.json') && join(folder, name) !== file,
    );
    await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
    await writeFileAtomic(file, JSON.stringify(cached));
  } catch {
    // read-only or full disk: lint without the cache
  }
}
