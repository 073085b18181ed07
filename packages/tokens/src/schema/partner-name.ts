import type { PartnerMeta } from './metadata.js';

/** The prepositions partner names follow in generated French texts. */
export type NamePreposition = 'de' | 'avec' | 'à';

const CONTRACTED: Readonly<Record<NamePreposition, Partial<Record<string, string>>>> = {
  de: { le: 'du', les: 'des' },
  avec: {},
  à: { le: 'au', les: 'aux' },
};

/**
 * A partner's name after a preposition, with its article contracted or elided as French requires:
 * `de` + le → « du Pays… », `de` + l’ → « de l’Office… », `avec` + la → « avec la Communauté… ».
 */
export function nameAfter(
  partner: Pick<PartnerMeta, 'name' | 'article'>,
  preposition: NamePreposition,
): string {
  const { article, name } = partner;
  if (!article) return `${preposition} ${name}`;
  const contracted = CONTRACTED[preposition][article];
  if (contracted) return `${contracted} ${name}`;
  return article === 'l’' ? `${preposition} l’${name}` : `${preposition} ${article} ${name}`;
}
