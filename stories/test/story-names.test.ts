import { readFile } from 'node:fs/promises';
import { templates } from '@blason/templates';
import { loadCsf } from 'storybook/internal/csf-tools';
import { describe, expect, it } from 'vitest';

/**
 * Storybook's sidebar reads story names statically from the CSF files: a name computed at run time
 * falls back to the export name ("Evenement"). The template stories spell theirs as literals, which
 * must stay the templates' labels, accents included.
 */
describe('the template stories in the sidebar', () => {
  it('carry each template’s label, accents included', async () => {
    const file = new URL('../src/templates/Templates.stories.tsx', import.meta.url);
    const csf = loadCsf(await readFile(file, 'utf8'), {
      fileName: file.pathname,
      makeTitle: (title) => title,
    }).parse();
    const indexed = new Map(csf.indexInputs.map((input) => [input.exportName, input.name]));
    const byExport = {
      Evenement: 'evenement',
      ChiffresCles: 'chiffres-cles',
      Citation: 'citation',
      Actualite: 'actualite',
      OffreThematique: 'offre-thematique',
    } as const;
    for (const [exportName, template] of Object.entries(byExport)) {
      expect(indexed.get(exportName), exportName).toBe(templates[template].label);
    }
    expect(indexed.get('ChiffresCles')).toBe('Chiffres clés');
    expect(indexed.get('Evenement')).toBe('Événement');
  });

  it('carry each template’s label on the side-by-side page too', async () => {
    const file = new URL('../src/templates/Comparison.stories.tsx', import.meta.url);
    const csf = loadCsf(await readFile(file, 'utf8'), {
      fileName: file.pathname,
      makeTitle: (title) => title,
    }).parse();
    const indexed = new Map(csf.indexInputs.map((input) => [input.exportName, input.name]));
    expect(indexed.get('Evenement')).toBe(templates.evenement.label);
    expect(indexed.get('ChiffresCles')).toBe(templates['chiffres-cles'].label);
    expect(indexed.get('OffreThematique')).toBe(templates['offre-thematique'].label);
    expect(csf._meta?.title).toBe('Templates/Côte à côte');
  });
});
