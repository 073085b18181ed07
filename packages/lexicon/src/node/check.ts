import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '@blason/core';
import { type CheckOptions, checkLexiconSources } from '../check.js';
import { lexiconFolder } from './load.js';

export interface CheckLexiconOptions {
  readonly lexiconDir: string;
  /** Partner metadata directory; defaults to `<lexiconDir>/../partners` when it exists. */
  readonly partnersDir?: string;
}

/** `blason check` for the lexicon: schema, self-tests, examples, contradictions, partner ids. */
export async function checkLexicon({ lexiconDir, partnersDir }: CheckLexiconOptions): Promise<Problem[]> {
  const folder = await lexiconFolder(lexiconDir);
  if ('problem' in folder) return [folder.problem];
  const partners = await readPartners(partnersDir ?? join(lexiconDir, '..', 'partners'));
  return checkLexiconSources(folder.sources, partners);
}

async function readPartners(dir: string): Promise<CheckOptions> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.partner.json')).sort();
  } catch {
    return {};
  }
  const partnerNames: Record<string, string> = {};
  const partners: string[] = [];
  for (const name of names) {
    const id = name.slice(0, -'.partner.json'.length);
    partners.push(id);
    try {
      const meta = JSON.parse(await readFile(join(dir, name), 'utf8')) as { name?: unknown };
      if (typeof meta.name === 'string') partnerNames[id] = meta.name;
    } catch {
      // Malformed partner files are reported by the tokens check.
    }
  }
  return { partners, partnerNames };
}
