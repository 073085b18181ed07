import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lintText, loadLexicon } from '@blason/lexicon';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeVisual, loadDeps } from '../src/index.js';
import { fonts, lexiconDir, repoRoot, tokensDir } from './support/deps.js';

/**
 * The alternative texts the kit ships are French copy like any other: they pass the brand's own
 * linter (typography, names, terms), for every template example and sample campaign, on a square
 * and a wide format (which draw different parts, so their texts differ).
 */
// With the lexicon, as the CLI, the kit and the studio render.
const deps = await loadDeps({ tokensDir, lexiconDir });
const lexicon = await loadLexicon({ lexiconDir });
const campaignsDir = join(repoRoot, 'assets', 'campaigns');
const FORMATS = ['instagram-square', 'linkedin'] as const;

interface Source {
  readonly id: string;
  readonly template: string;
  readonly content: unknown;
  readonly partners: readonly string[];
}

async function sources(): Promise<Source[]> {
  const all = deps.brand.partners.map((p) => p.id);
  const examples = Object.values(deps.templates).map((template) => ({
    id: `${template.id} (exemple)`,
    template: template.id,
    content: template.example,
    partners: all,
  }));
  const files = (await readdir(campaignsDir)).filter((name) => name.endsWith('.yaml')).sort();
  const campaigns = await Promise.all(
    files.map(async (name) => {
      const data = parse(await readFile(join(campaignsDir, name), 'utf8'));
      return {
        id: name,
        template: data.template,
        content: data.content,
        partners: data.partners === 'all' ? all : data.partners,
      };
    }),
  );
  return [...examples, ...campaigns];
}

const all = await sources();

describe('alternative texts', () => {
  it.each(all.map((s) => [s.id, s] as const))('%s: pass the brand’s linter', async (_, source) => {
    const findings: string[] = [];
    for (const partner of source.partners) {
      for (const format of FORMATS) {
        const { alt } = await composeVisual(
          {
            key: `${partner}/${source.id}/${format}`,
            campaign: {
              id: source.id,
              file: join(campaignsDir, 'x.yaml'),
              template: source.template,
              content: source.content as Record<string, unknown>,
            },
            partner,
            format,
            mode: 'light',
            outputs: ['png'],
            outDir: '',
            hash: '',
          },
          deps,
          fonts,
        );
        for (const finding of lintText(alt, { lexicon, partner, channel: 'social' }))
          findings.push(`${partner} × ${format}: ${finding.ruleId} « ${finding.message} » in ${alt}`);
      }
    }
    expect(findings).toEqual([]);
  });
});
