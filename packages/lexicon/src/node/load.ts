import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BlasonError, type Problem } from '@blason/core';
import { type Lexicon, type LexiconSource, parseLexicon } from '../lexicon.js';

const lexiconFile = /\.lexicon\.(?:ya?ml|json)$/;

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

export function displayPath(file: string): string {
  const relativePath = relative(process.cwd(), file);
  return relativePath.startsWith('..') ? file : relativePath;
}

/** Loads and validates a lexicon directory; throws `BlasonError` with every problem found. */
export async function loadLexicon({ lexiconDir }: { lexiconDir: string }): Promise<Lexicon> {
  let sources: LexiconSource[];
  try {
    sources = await readLexiconSources(lexiconDir);
  } catch (error) {
    throw new BlasonError(`cannot read lexicon directory ${lexiconDir}`, [
      { code: 'lexicon/unreadable', message: (error as Error).message, file: lexiconDir },
    ]);
  }
  if (sources.length === 0) {
    throw new BlasonError('no lexicon files', [
      {
        code: 'lexicon/empty',
        message: 'no lexicon file found',
        file: lexiconDir,
        expected: '*.lexicon.yaml or *.lexicon.json files',
      },
    ]);
  }
  const { lexicon, problems } = parseLexicon(sources);
  const errors: Problem[] = problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length > 0) throw new BlasonError(`invalid lexicon in ${lexiconDir}`, errors);
  return lexicon;
}
