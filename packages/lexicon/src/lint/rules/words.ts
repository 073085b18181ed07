import type { Channel, NameEntry, TermEntry } from '../../schema.js';
import type { CompiledLexicon, Target } from '../compile.js';
import { aliasOf } from '../compile.js';
import type { RawFinding } from '../finding.js';
import { matchCase, q } from '../quote.js';
import type { WordToken } from '../tokenize.js';

/** State shared by every segment of one document: which full names were already written. */
export interface DocumentState {
  readonly mentioned: Set<string>;
}

interface Match {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly target: Target;
}

/**
 * Names and terms. Every run of words the lexicon knows is a candidate; the longest candidates are
 * kept first, so a rule for "gap pad" never fires inside "thermal gap pad".
 */
export function lintWords(
  text: string,
  tokens: readonly WordToken[],
  compiled: CompiledLexicon,
  state: DocumentState,
  internal: boolean,
): RawFinding[] {
  const findings: RawFinding[] = [];
  const matches = selectLongest(findCandidates(tokens, compiled));
  for (const match of matches) {
    const found = text.slice(match.start, match.end);
    const target = match.target;
    if (target.type === 'term') termFinding(found, match, target.entry, target.plural, findings);
    else if (target.type === 'acronym')
      acronymFindings(found, match, target.entry, state, internal, compiled.channel, findings);
    else nameFinding(found, match, target.entry, target.type === 'name-variant', state, findings);
  }
  return findings.filter((finding) => !introducedInSentence(finding, text, matches));
}

/**
 * "la CAPSO, Communauté d’agglomération du Pays de Saint-Omer, …" introduces the acronym and the
 * full name together: an acronym whose full name follows in the same sentence is not a first mention.
 */
function introducedInSentence(finding: RawFinding, text: string, matches: readonly Match[]): boolean {
  if (finding.ruleId !== 'name/acronym-first-mention') return false;
  return matches.some(
    (match) =>
      match.target.type !== 'acronym' &&
      match.target.type !== 'term' &&
      match.target.entry.id === finding.entryId &&
      match.start > finding.end &&
      !/[.!?…](?:\s|$)|\n\s*\n/u.test(text.slice(finding.end, match.start)),
  );
}

function findCandidates(tokens: readonly WordToken[], compiled: CompiledLexicon): Match[] {
  const candidates: Match[] = [];
  const root = compiled.trie.next;
  for (let i = 0; i < tokens.length; i++) {
    const firstToken = tokens[i] as WordToken;
    let node = root.get(aliasOf(firstToken.norm));
    let best: Match | undefined;
    for (let j = i; node; ) {
      if (node.target) {
        const lastToken = tokens[j] as WordToken;
        best = { first: i, last: j, start: firstToken.start, end: lastToken.end, target: node.target };
      }
      const next = tokens[++j];
      if (!next?.joined) break;
      node = node.next.get(aliasOf(next.norm));
    }
    if (best) candidates.push(best);
  }
  return candidates;
}

function selectLongest(candidates: Match[]): Match[] {
  if (candidates.length < 2) return candidates;
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Set<number>();
  const chosen: Match[] = [];
  for (const match of byLength) {
    let free = true;
    for (let k = match.first; k <= match.last && free; k++) free = !taken.has(k);
    if (!free) continue;
    for (let k = match.first; k <= match.last; k++) taken.add(k);
    chosen.push(match);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function nameFinding(
  found: string,
  match: Match,
  entry: NameEntry,
  explicitVariant: boolean,
  state: DocumentState,
  findings: RawFinding[],
): void {
  state.mentioned.add(entry.id);
  const canonical = entry.name;
  // No-break spaces and the no-break hyphen keep a name on one line without changing its spelling.
  const spelling = found.replace(/[\u00A0\u202F]/gu, ' ').replaceAll('\u2011', '-');
  if (spelling === canonical) return;
  if (!explicitVariant && spelling === canonical.toUpperCase()) return;
  findings.push({
    ruleId: 'name/variant',
    severity: entry.severity ?? 'error',
    start: match.start,
    end: match.end,
    suggestion: canonical,
    fixable: true,
    message: `Écrire ${q(canonical)} et non ${q(found)}.`,
    entryId: entry.id,
  });
}

function acronymFindings(
  found: string,
  match: Match,
  entry: NameEntry,
  state: DocumentState,
  internal: boolean,
  channel: Channel | undefined,
  findings: RawFinding[],
): void {
  const acronym = entry.acronym;
  if (!acronym) return;
  if (found !== acronym.value) {
    findings.push({
      ruleId: 'name/acronym-case',
      severity: entry.severity ?? 'error',
      start: match.start,
      end: match.end,
      suggestion: acronym.value,
      fixable: true,
      message: `Le sigle s’écrit ${q(acronym.value)}.`,
      entryId: entry.id,
    });
  }
  if (internal) return;
  if (channel && acronym.channels && !acronym.channels.includes(channel)) {
    findings.push({
      ruleId: 'name/acronym-channel',
      severity: entry.severity ?? 'error',
      start: match.start,
      end: match.end,
      suggestion: entry.name,
      fixable: false,
      message: `Pas de sigle ${q(acronym.value)} sur ce canal\u00A0: écrire ${q(entry.name)}.`,
      entryId: entry.id,
    });
    return;
  }
  if (acronym.use === 'always') return;
  if (acronym.use === 'internal-only') {
    findings.push({
      ruleId: 'name/acronym-internal',
      severity: entry.severity ?? 'error',
      start: match.start,
      end: match.end,
      suggestion: entry.name,
      fixable: false,
      message: `Le sigle ${q(acronym.value)} est réservé aux documents internes\u00A0: écrire ${q(entry.name)}.`,
      entryId: entry.id,
    });
  } else if (!state.mentioned.has(entry.id)) {
    state.mentioned.add(entry.id);
    const full = `${entry.name} (${acronym.value})`;
    findings.push({
      ruleId: 'name/acronym-first-mention',
      severity: entry.severity ?? 'error',
      start: match.start,
      end: match.end,
      suggestion: full,
      fixable: false,
      message: `Première mention du sigle ${q(acronym.value)}\u00A0: écrire d’abord le nom complet, ${q(full)}.`,
      entryId: entry.id,
    });
  }
}

function termFinding(
  found: string,
  match: Match,
  entry: TermEntry,
  plural: boolean,
  findings: RawFinding[],
): void {
  if (entry.status === 'preferred') return;
  const replacement = plural ? (entry.replacementPlural ?? entry.replacement) : entry.replacement;
  const suggestion = replacement ? matchCase(found, replacement) : undefined;
  const forbidden = entry.status === 'forbidden';
  const alternatives = entry.alternatives?.length
    ? ` Autres possibilités\u00A0: ${entry.alternatives.join(', ')}.`
    : '';
  const advice = suggestion ? `\u00A0: ${forbidden ? 'écrire' : 'préférer'} ${q(suggestion)}` : '';
  findings.push({
    ruleId: forbidden ? 'term/forbidden' : 'term/discouraged',
    severity: entry.severity ?? (forbidden ? 'error' : 'warning'),
    start: match.start,
    end: match.end,
    suggestion,
    fixable: entry.autofix === true && suggestion !== undefined,
    message: `${q(found)} est ${forbidden ? 'proscrit' : 'déconseillé'}${advice}.${entry.reason ? ` ${entry.reason}` : ''}${alternatives}`,
    entryId: entry.id,
  });
}
