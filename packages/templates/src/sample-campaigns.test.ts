import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateContent } from './content/validate.js';
import { FORMAT_IDS, formatSpec } from './format.js';
import { brandNameOf } from './lockup/place.js';
import { templateById, templates } from './registry.js';
import { layoutViolations } from './test-support/checks.js';
import { fitLayout } from './test-support/fit.js';
import { fixturePartners, fixtureTheme } from './test-support/fixture.js';
import { isTemplateId } from './types.js';

const dir = fileURLToPath(new URL('../../../assets/campaigns/', import.meta.url));
const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
const capso = fixturePartners.find((p) => p.id === 'capso') as (typeof fixturePartners)[number];

describe('sample campaigns (assets/campaigns)', () => {
  it('cover the five templates', () => {
    const used = new Set(
      files.map((f) => (parse(readFileSync(`${dir}${f}`, 'utf8')) as { template: string }).template),
    );
    expect([...used].sort()).toEqual(Object.keys(templates).sort());
  });

  for (const file of files) {
    describe(file, () => {
      const campaign = parse(readFileSync(`${dir}${file}`, 'utf8')) as {
        template: string;
        content: unknown;
        alt?: string;
      };

      it('names a template and has valid content', () => {
        expect(isTemplateId(campaign.template)).toBe(true);
        const result = validateContent(
          templateById(campaign.template)?.contentSchema ?? ({} as never),
          campaign.content,
        );
        expect(result.ok ? [] : result.problems).toEqual([]);
      });

      it('fits every format inside its safe zone', async () => {
        const template = templateById(campaign.template);
        if (!template) return;
        const result = validateContent(template.contentSchema, campaign.content);
        if (!result.ok) return;
        for (const formatId of FORMAT_IDS) {
          const layout = template.layout(
            formatSpec(fixtureTheme, formatId),
            fixtureTheme,
            result.content,
            capso,
            brandNameOf(fixturePartners),
          );
          expect(layoutViolations(layout)).toEqual([]);
          expect({ format: formatId, overflows: (await fitLayout(layout.text)).overflows }).toEqual({
            format: formatId,
            overflows: [],
          });
        }
      });
    });
  }
});
