import { BlasonError } from '@blason/core/problem';
import type { PartnerMeta } from '@blason/tokens/theme';
import { describe, expect, it } from 'vitest';
import { withCosigners } from '../src/engine/cosigners.js';
import { testDeps } from './support/deps.js';

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
