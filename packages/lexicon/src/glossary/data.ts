import type { Lexicon } from '../lexicon.js';
import { inclusiveModeFor } from '../lint/compile.js';
import {
  type Channel,
  channels,
  type Entry,
  type Example,
  type InclusiveMode,
  type Scope,
} from '../schema.js';

export type GlossarySectionId =
  | 'names'
  | 'preferred'
  | 'avoid'
  | 'verbatim'
  | 'tone'
  | 'typography'
  | 'inclusive';

/** One term of the glossary, whatever its kind, in the shape every output renders. */
export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  /** Short line under the term (category, replacement, acronym rule…). */
  readonly summary?: string;
  readonly definition?: string;
  readonly usage?: string;
  /** What to write. */
  readonly do: readonly string[];
  /** What not to write. */
  readonly dont: readonly string[];
  readonly examples: readonly Example[];
  readonly scope?: Scope;
}

export interface GlossarySection {
  readonly id: GlossarySectionId;
  readonly title: string;
  readonly intro: string;
  readonly entries: readonly GlossaryEntry[];
}

export interface Glossary {
  readonly title: string;
  /** Partner the glossary is built for; absent for the shared glossary. */
  readonly partner?: string;
  /** Inclusive-writing mode per channel for this partner. */
  readonly inclusive: Readonly<Record<Channel, InclusiveMode>>;
  readonly sections: readonly GlossarySection[];
}

const sectionInfo: Record<GlossarySectionId, { title: string; intro: string }> = {
  names: {
    title: 'Noms officiels',
    intro: 'La marque et les partenaires s’écrivent toujours de la même façon.',
  },
  preferred: {
    title: 'Termes à privilégier',
    intro: 'Le vocabulaire commun de la marque.',
  },
  avoid: {
    title: 'Termes à éviter',
    intro: 'Anglicismes et mots déconseillés, avec leur remplacement.',
  },
  verbatim: {
    title: 'Signatures et textes de référence',
    intro: 'À reprendre mot pour mot, sans rien changer.',
  },
  tone: { title: 'Ton', intro: 'Ce qu’on écrit, ce qu’on évite.' },
  typography: {
    title: 'Typographie',
    intro: 'Les règles de la typographie française appliquées par le correcteur.',
  },
  inclusive: {
    title: 'Écriture inclusive',
    intro: 'La forme dépend du partenaire et du canal de publication.',
  },
};

const modeLabels: Record<InclusiveMode, string> = {
  'middle-dot': 'point médian',
  'double-flexion': 'double flexion',
  off: 'pas de règle',
};
export const channelLabels: Record<Channel, string> = {
  web: 'site web',
  social: 'réseaux sociaux',
  print: 'imprimés',
  official: 'textes officiels',
};
const categoryLabels = {
  tagline: 'Signature',
  boilerplate: 'Texte de présentation',
  'key-message': 'Message clé',
};
const acronymLabels = {
  always: 'sigle libre',
  'after-first-mention': 'sigle après le nom complet à la première mention',
  'internal-only': 'sigle réservé aux documents internes',
};

export function modeLabel(mode: InclusiveMode): string {
  return modeLabels[mode];
}

/** Entries that apply to a partner (any channel): unscoped ones and those naming the partner. */
function appliesTo(entry: Entry, partner?: string): boolean {
  const partners = entry.scope?.partners;
  return !partners || (partner !== undefined && partners.includes(partner));
}

/** Builds the glossary of a lexicon, for one partner or shared by all (unscoped entries only). */
export function glossaryData(lexicon: Lexicon, partner?: string, title?: string): Glossary {
  const entries = lexicon.entries.filter((entry) => appliesTo(entry, partner));
  const inclusiveModes = Object.fromEntries(
    channels.map((channel) => [channel, inclusiveModeFor(lexicon, partner, channel)]),
  ) as Record<Channel, InclusiveMode>;
  const grouped = new Map<GlossarySectionId, GlossaryEntry[]>();
  for (const entry of entries) {
    const section = sectionOf(entry);
    grouped.set(section, [...(grouped.get(section) ?? []), toGlossaryEntry(entry, inclusiveModes)]);
  }
  const order: GlossarySectionId[] = [
    'names',
    'preferred',
    'avoid',
    'verbatim',
    'tone',
    'typography',
    'inclusive',
  ];
  const sections = order
    .filter((id) => grouped.has(id))
    .map((id) => ({
      id,
      ...sectionInfo[id],
      entries: (grouped.get(id) ?? []).sort((a, b) => a.term.localeCompare(b.term, 'fr')),
    }));
  const partnerName = lexicon.entries.find((e) => e.kind === 'name' && partner && e.partner === partner);
  const heading =
    title ?? (partnerName?.kind === 'name' ? `Glossaire — ${partnerName.name}` : 'Glossaire de la marque');
  return { title: heading, ...(partner ? { partner } : {}), inclusive: inclusiveModes, sections };
}

function sectionOf(entry: Entry): GlossarySectionId {
  switch (entry.kind) {
    case 'name':
      return 'names';
    case 'term':
      return entry.status === 'preferred' ? 'preferred' : 'avoid';
    default:
      return entry.kind;
  }
}

function toGlossaryEntry(entry: Entry, modes: Record<Channel, InclusiveMode>): GlossaryEntry {
  const base = {
    id: entry.id,
    definition: entry.definition,
    usage: entry.usage,
    examples: entry.examples ?? [],
    ...(entry.scope ? { scope: entry.scope } : {}),
  };
  switch (entry.kind) {
    case 'name':
      return {
        ...base,
        term: entry.name,
        summary: entry.acronym
          ? `${entry.acronym.value}\u00A0: ${acronymLabels[entry.acronym.use]}`
          : undefined,
        do: [entry.name],
        dont: entry.variants ?? [],
      };
    case 'term': {
      const avoid = entry.status !== 'preferred';
      const replacements = [entry.replacement, ...(entry.alternatives ?? [])].filter((r): r is string => !!r);
      return {
        ...base,
        term: entry.term,
        summary: avoid
          ? `${entry.status === 'forbidden' ? 'Proscrit' : 'Déconseillé'}${entry.replacement ? `, préférer «\u00A0${entry.replacement}\u00A0»` : ''}.${entry.reason ? ` ${entry.reason}` : ''}`
          : undefined,
        do: avoid ? replacements : [entry.term, ...(entry.plural ? [entry.plural] : [])],
        dont: avoid ? [entry.term, ...(entry.plural ? [entry.plural] : [])] : [],
      };
    }
    case 'verbatim':
      return { ...base, term: categoryLabels[entry.category], summary: entry.id, do: [entry.text], dont: [] };
    case 'tone':
      return {
        ...base,
        term: entry.principle,
        do: entry.pairs.map((pair) => pair.do),
        dont: entry.pairs.map((pair) => pair.dont),
      };
    case 'typography':
      return {
        ...base,
        term: entry.title,
        do: (entry.examples ?? []).filter((e) => e.correct).map((e) => e.text),
        dont: (entry.examples ?? []).filter((e) => !e.correct).map((e) => e.text),
        examples: [],
      };
    case 'inclusive': {
      const doubled = `${entry.feminine} ${entry.dotted.endsWith('s') ? 'et' : 'ou'} ${entry.masculine}`;
      const official = modes.official === 'double-flexion' ? doubled : entry.dotted;
      return {
        ...base,
        term: entry.dotted,
        summary: `Point médian\u00A0: ${entry.dotted}\u202F; double flexion\u00A0: ${doubled}. Textes officiels\u00A0: ${official}.`,
        do: [entry.dotted, doubled],
        dont: [entry.dotted.replaceAll('·', '.')],
      };
    }
  }
}
