import { join } from 'node:path';
import { stableStringify, writeFileAtomic } from '@blason/core';
import { glossaryData } from '../glossary/data.js';
import { glossaryHtml } from '../glossary/html.js';
import { glossaryMarkdown } from '../glossary/markdown.js';
import type { Lexicon } from '../lexicon.js';

export interface BuildGlossaryOptions {
  readonly lexicon: Lexicon;
  /** Partner whose scoped entries and inclusive policy apply; the shared glossary when absent. */
  readonly partner?: string;
  readonly outDir: string;
  readonly title?: string;
}

/** Writes `glossary.json`, `glossary.md` and `glossary.html` to `outDir`; returns their names. */
export async function buildGlossary({
  lexicon,
  partner,
  outDir,
  title,
}: BuildGlossaryOptions): Promise<string[]> {
  const glossary = glossaryData(lexicon, partner, title);
  const files: [string, string][] = [
    ['glossary.html', glossaryHtml(glossary)],
    ['glossary.json', stableStringify(glossary)],
    ['glossary.md', glossaryMarkdown(glossary)],
  ];
  for (const [name, content] of files) await writeFileAtomic(join(outDir, name), content);
  return files.map(([name]) => name);
}
