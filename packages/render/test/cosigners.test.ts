import { BlasonError } from '@blason/core/problem';
import type { TemplateDefinition, TemplateLayout, TextBox } from '@blason/templates';
import type { PartnerMeta } from '@blason/tokens/theme';
import { describe, expect, it } from 'vitest';
import { prepareVisual, validVisualContent } from '../src/browser.js';
import { withCosigners } from '../src/engine/cosigners.js';
import { fonts, testDeps } from './support/deps.js';

const deps = await testDeps();
const partners = deps.brand.partners as readonly PartnerMeta[];
const byId = (id: string) => partners.find((p) => p.id === id) as PartnerMeta;

describe('withCosigners', () => {
  it('adds the co-signers in the campaign’s order, without the partner itself or the shared brand', () => {
    const signed = withCosigners(
      partners,
      byId('capso'),
      { cosigners: ['pays-de-lumbres', 'capso', 'territoire', 'office-tourisme'] },
      'x.yaml',
    );
    expect(signed.cosigners?.map((c) => c.id)).toEqual(['pays-de-lumbres', 'office-tourisme']);
  });

  it('leaves a campaign without co-signers, or co-signed by the signer alone, as it is', () => {
    expect(withCosigners(partners, byId('capso'), {}, 'x.yaml').cosigners).toBeUndefined();
    expect(withCosigners(partners, byId('territoire'), { cosigners: ['territoire'] }, 'x.yaml')).toBe(
      byId('territoire'),
    );
  });

  it('names an unknown co-signer in French, with its field and the known ids', () => {
    let error: unknown;
    try {
      withCosigners(partners, byId('capso'), { cosigners: ['capso', 'mairie-x'] }, 'x.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BlasonError);
    const problems = (error as BlasonError).problems;
    expect(problems.map((p) => [p.file, p.path])).toEqual([['x.yaml', 'content.cosigners[1]']]);
    expect(problems[0]?.message).toBe(
      `Co-signataire\u00a0: « mairie-x » n’est pas un partenaire de la marque, attendu l’un de ${partners.map((p) => p.id).join(', ')}`,
    );
  });
});

/** The sample training day's co-signers, and one more. */
const SAMPLE = ['capso', 'pays-de-lumbres'];
const THREE = ['capso', 'pays-de-lumbres', 'agence-eco'];
/**
 * Template × format × partner whose lockup band holds no strip for three co-signers (plus the
 * signing partner): a French problem on `content.cosigners`. Known layout gaps of chiffres-cles
 * (its narrow left column caps the band at 40 % of its height); remove a row once it renders.
 */
const THREE_GAPS = new Set([
  'chiffres-cles × linkedin × office-tourisme',
  'chiffres-cles × open-graph × office-tourisme',
  'chiffres-cles × linkedin × agence-urbanisme',
  'chiffres-cles × open-graph × agence-urbanisme',
]);

function prepare(template: TemplateDefinition, format: string, partner: string, cosigners: string[]) {
  const content = validVisualContent(template, { ...(template.example as object), cosigners }, 'x.yaml');
  return prepareVisual({
    brand: deps.brand,
    template,
    partner,
    format,
    content,
    linter: deps.linter,
    fonts,
    file: 'x.yaml',
    brandName: deps.brandName,
    ...(deps.pictogram ? { pictogram: deps.pictogram } : {}),
    ...(deps.textBlock ? { textBlock: deps.textBlock } : {}),
  });
}

const overlap = (a: TextBox, b: TextBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const isSignature = (box: TextBox) => box.field.startsWith('lockup.') || box.field.startsWith('cosigners[');

/** What is wrong with a co-signed layout's strip: every fault, as a sentence. */
function stripFaults(layout: TemplateLayout, cosigners: number): string[] {
  const faults: string[] = [];
  const area = layout.safeArea;
  const inside = (r: { x: number; y: number; width: number; height: number }) =>
    r.x >= area.x - 0.5 &&
    r.y >= area.y - 0.5 &&
    r.x + r.width <= area.x + area.width + 0.5 &&
    r.y + r.height <= area.y + area.height + 0.5;
  const signature = layout.text.filter(isSignature);
  const brands = signature.filter((box) => box.field.endsWith('.brand'));
  if (brands.length !== 1) faults.push(`${brands.length} wordmarks in the strip`);
  for (let i = 0; i < cosigners; i++) {
    if (!signature.some((box) => box.field.startsWith(`cosigners[${i}].lockup.lines[`)))
      faults.push(`co-signer ${i} has no name lines`);
    const graphic = layout.graphics[`cosigner${i}`];
    if (!graphic || !inside(graphic)) faults.push(`co-signer ${i} outside the safe zone`);
  }
  for (const box of signature) {
    if (!inside(box)) faults.push(`${box.field} outside the safe zone`);
    for (const other of layout.text.filter((t) => !isSignature(t)))
      if (overlap(box, other)) faults.push(`${box.field} overlaps ${other.field}`);
    for (const other of signature)
      if (other !== box && overlap(box, other)) faults.push(`${box.field} overlaps ${other.field}`);
  }
  return faults;
}

describe('the co-branding strip of every template × format × partner', () => {
  const templates = Object.values(deps.templates) as TemplateDefinition[];
  for (const template of templates) {
    for (const [label, ids] of [
      ['the sample’s co-signers', SAMPLE],
      ['three co-signers', THREE],
    ] as const) {
      it(`${template.id}, ${label}: inside the safe zone, or a French problem on content.cosigners`, async () => {
        const faults: string[] = [];
        for (const format of deps.formatIds) {
          for (const partner of partners.map((p) => p.id)) {
            const key = `${template.id} × ${format} × ${partner}`;
            const expected = withCosigners(partners, byId(partner), { cosigners: [...ids] }, 'x.yaml');
            const count = expected.cosigners?.length ?? 0;
            const gap = ids === THREE && THREE_GAPS.has(key);
            try {
              const visual = await prepare(template, format, partner, [...ids]);
              if (gap) faults.push(`${key}: renders, remove it from THREE_GAPS`);
              faults.push(...stripFaults(visual.layout, count).map((f) => `${key}: ${f}`));
              for (const c of expected.cosigners ?? [])
                if (!visual.alt.includes(c.name)) faults.push(`${key}: the alt text does not name ${c.name}`);
            } catch (error) {
              const french =
                error instanceof BlasonError &&
                error.problems.some(
                  (p) =>
                    p.path === 'content.cosigners' &&
                    p.file === 'x.yaml' &&
                    p.message.startsWith('Trop de co-signataires pour le format'),
                );
              if (!french || !gap) faults.push(`${key}: ${(error as Error).message.split('\n').join(' ')}`);
            }
          }
        }
        expect(faults).toEqual([]);
      });
    }
  }
});
