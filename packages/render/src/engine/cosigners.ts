import { BlasonError } from '@blason/core/problem';
import type { TemplatePartner } from '@blason/templates';
import type { PartnerMeta } from '@blason/tokens/theme';

/**
 * The partner a visual is signed by, with the co-signers its content names (`cosigners`), in the
 * content's order: the partner itself and the shared brand (whose lockup is the wordmark alone) are
 * left out, so the shared brand never co-signs with itself. An id the brand does not know is a
 * French content problem.
 */
export function withCosigners(
  partners: readonly PartnerMeta[],
  partner: PartnerMeta,
  content: unknown,
  file: string,
): TemplatePartner {
  const ids = (content as { cosigners?: unknown }).cosigners;
  if (!Array.isArray(ids) || ids.length === 0) return partner;
  const known = new Map(partners.map((p) => [p.id, p]));
  const problems = ids.flatMap((id, index) =>
    known.has(String(id))
      ? []
      : [
          {
            code: 'content/unknown-cosigner',
            severity: 'error' as const,
            file,
            path: `content.cosigners[${index}]`,
            message: `Co-signataire\u00a0: « ${String(id)} » n’est pas un partenaire de la marque, attendu l’un de ${[...known.keys()].join(', ')}`,
          },
        ],
  );
  if (problems.length > 0) throw new BlasonError('Contenu invalide', problems);
  const cosigners = ids
    .map((id) => known.get(String(id)) as PartnerMeta)
    .filter((p) => p.id !== partner.id && p.lockup.lines.length > 0);
  return cosigners.length === 0 ? partner : { ...partner, cosigners };
}
