import type { Lexicon } from '../lexicon.js';
import type {
  Channel,
  Entry,
  InclusiveEntry,
  InclusiveMode,
  NameEntry,
  TermEntry,
  TypographyEntry,
  TypographyRule,
  VerbatimEntry,
} from '../schema.js';
import { tokenize, type WordToken } from './tokenize.js';

/** What a run of words in the text can be: a brand name, one of its variants, its acronym, or a term. */
export type Target =
  | { readonly type: 'name'; readonly entry: NameEntry }
  | { readonly type: 'name-variant'; readonly entry: NameEntry }
  | { readonly type: 'acronym'; readonly entry: NameEntry; readonly acronym: string }
  | { readonly type: 'term'; readonly entry: TermEntry; readonly plural: boolean };

export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  target?: Target;
}

export interface CompiledVerbatim {
  readonly entry: VerbatimEntry;
  readonly words: readonly string[];
}

/** The lexicon narrowed to one partner × channel and turned into matchers. */
export interface CompiledLexicon {
  readonly trie: TrieNode;
  readonly typography: ReadonlyMap<TypographyRule, TypographyEntry>;
  readonly inclusiveMode: InclusiveMode;
  readonly inclusive: ReadonlyMap<string, InclusiveEntry>;
  readonly verbatims: readonly CompiledVerbatim[];
  readonly budgets: Lexicon['policy']['budgets'];
  readonly channel?: Channel;
}

/** "St" and "Ste" read as "Saint" and "Sainte" when matching names. */
export function aliasOf(norm: string): string {
  return norm === 'st' ? 'saint' : norm === 'ste' ? 'sainte' : norm;
}

const cache = new WeakMap<Lexicon, Map<string, CompiledLexicon>>();

export function compileLexicon(lexicon: Lexicon, partner?: string, channel?: Channel): CompiledLexicon {
  let byScope = cache.get(lexicon);
  if (!byScope) {
    byScope = new Map();
    cache.set(lexicon, byScope);
  }
  const key = `${partner ?? ''}|${channel ?? ''}`;
  let compiled = byScope.get(key);
  if (!compiled) {
    compiled = build(lexicon, partner, channel);
    byScope.set(key, compiled);
  }
  return compiled;
}

export function inScope(entry: Entry, partner?: string, channel?: Channel): boolean {
  const scope = entry.scope;
  if (!scope) return true;
  if (scope.partners && (!partner || !scope.partners.includes(partner))) return false;
  if (scope.channels && (!channel || !scope.channels.includes(channel))) return false;
  return true;
}

export function inclusiveModeFor(lexicon: Lexicon, partner?: string, channel?: Channel): InclusiveMode {
  const policy = lexicon.policy.inclusive;
  const own = partner ? policy.partners?.[partner] : undefined;
  return (
    (channel ? own?.channels?.[channel] : undefined) ??
    own?.default ??
    (channel ? policy.channels?.[channel] : undefined) ??
    policy.default
  );
}

export function wordsOf(text: string): string[] {
  return tokenize(text).map((token: WordToken) => aliasOf(token.norm));
}

function build(lexicon: Lexicon, partner?: string, channel?: Channel): CompiledLexicon {
  const trie: TrieNode = { next: new Map() };
  const typography = new Map<TypographyRule, TypographyEntry>();
  const inclusive = new Map<string, InclusiveEntry>();
  const verbatims: CompiledVerbatim[] = [];
  const entries = lexicon.entries.filter((entry) => inScope(entry, partner, channel));
  // Names before terms: when both claim the same words, the name wins.
  for (const entry of entries) {
    if (entry.kind !== 'name') continue;
    insert(trie, entry.name, { type: 'name', entry });
    for (const variant of entry.variants ?? []) insert(trie, variant, { type: 'name-variant', entry });
    if (entry.acronym)
      insert(trie, entry.acronym.value, { type: 'acronym', entry, acronym: entry.acronym.value });
  }
  for (const entry of entries) {
    if (entry.kind === 'term') {
      insert(trie, entry.term, { type: 'term', entry, plural: false });
      if (entry.plural) insert(trie, entry.plural, { type: 'term', entry, plural: true });
    } else if (entry.kind === 'typography') {
      if (!typography.has(entry.rule)) typography.set(entry.rule, entry);
    } else if (entry.kind === 'inclusive') {
      inclusive.set(entry.dotted.normalize('NFC').toLowerCase(), entry);
    } else if (entry.kind === 'verbatim') {
      verbatims.push({ entry, words: wordsOf(entry.text) });
    }
  }
  return {
    trie,
    typography,
    inclusiveMode: inclusiveModeFor(lexicon, partner, channel),
    inclusive,
    verbatims,
    budgets: lexicon.policy.budgets,
    channel,
  };
}

function insert(trie: TrieNode, text: string, target: Target): void {
  const words = wordsOf(text);
  if (words.length === 0) return;
  let node = trie;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  // First writer wins: names are inserted before terms, singular before plural.
  node.target ??= target;
}

/** Short verbatim texts are anchored on their first word, longer ones on their first or last two words. */
export function anchorWidth(words: readonly string[]): number {
  return words.length < 5 ? 1 : 2;
}
