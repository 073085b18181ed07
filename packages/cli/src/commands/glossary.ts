import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildGlossary, glossaryData, type Lexicon, loadLexicon } from '@blason/lexicon';
import { frenchSpacing } from '../messages.js';
import { asUsageError, unknownPartner } from '../options.js';
import type { RegisterCommand } from './index.js';

export interface GlossaryCommandOptions {
  readonly lexicon: string;
  readonly partner?: string;
  readonly out: string;
}

export const registerGlossary: RegisterCommand = (program) => {
  program
    .command('glossary')
    .description(
      'Build the glossary (JSON, Markdown, accessible HTML): shared, plus one per partner whose entries or policy differ.',
    )
    .option('--lexicon <dir>', 'lexicon directory', 'tokens/lexicon')
    .option('--partner <id>', 'only this partner’s glossary, written to --out')
    .option('--out <dir>', 'output directory', 'dist/glossary')
    .action(async (options: GlossaryCommandOptions) => {
      const written = await runGlossary(options);
      process.stdout.write(`${written.map((file) => `${frenchSpacing('écrit : ')}${file}`).join('\n')}\n`);
      process.exitCode = 0;
    });
};

/** Builds the glossaries and returns the paths written. */
export async function runGlossary(options: GlossaryCommandOptions): Promise<string[]> {
  let lexicon: Lexicon;
  try {
    lexicon = await loadLexicon({ lexiconDir: options.lexicon });
  } catch (error) {
    throw asUsageError(error);
  }
  const partners = await partnerIds(options.lexicon, lexicon);
  if (options.partner) {
    if (!partners.includes(options.partner)) {
      throw unknownPartner(options.partner, partners);
    }
    const files = await buildGlossary({ lexicon, partner: options.partner, outDir: options.out });
    return files.map((file) => join(options.out, file));
  }
  const written = (await buildGlossary({ lexicon, outDir: options.out })).map((file) =>
    join(options.out, file),
  );
  const shared = comparable(lexicon);
  for (const partner of partners) {
    if (comparable(lexicon, partner) === shared) continue;
    const dir = join(options.out, partner);
    written.push(...(await buildGlossary({ lexicon, partner, outDir: dir })).map((file) => join(dir, file)));
  }
  return written;
}

/** The glossary content without its title, to tell whether a partner's differs from the shared one. */
function comparable(lexicon: Lexicon, partner?: string): string {
  const { inclusive, sections } = glossaryData(lexicon, partner);
  return JSON.stringify({ inclusive, sections });
}

/** Partner ids from `tokens/partners`, or else every partner the lexicon mentions. */
async function partnerIds(lexiconDir: string, lexicon: Lexicon): Promise<string[]> {
  try {
    const names = await readdir(join(lexiconDir, '..', 'partners'));
    const ids = names
      .filter((n) => n.endsWith('.partner.json'))
      .map((n) => n.slice(0, -'.partner.json'.length));
    if (ids.length > 0) return ids.sort();
  } catch {
    // No partner metadata next to the lexicon: fall back to the lexicon itself.
  }
  const ids = new Set<string>(Object.keys(lexicon.policy.inclusive.partners ?? {}));
  for (const entry of lexicon.entries) {
    for (const partner of entry.scope?.partners ?? []) ids.add(partner);
    if (entry.kind === 'name' && entry.partner) ids.add(entry.partner);
  }
  return [...ids].sort();
}
