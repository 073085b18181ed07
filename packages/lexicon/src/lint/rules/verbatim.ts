import { diffWords } from 'diff';
import type { CompiledLexicon, CompiledVerbatim } from '../compile.js';
import { aliasOf, anchorWidth } from '../compile.js';
import type { RawFinding } from '../finding.js';
import { q } from '../quote.js';
import type { WordToken } from '../tokenize.js';

const labels = {
  tagline: 'la signature',
  boilerplate: 'le texte de présentation',
  'key-message': 'le message clé',
};

/**
 * Taglines, boilerplates and key messages must appear verbatim. A passage that opens or closes like
 * one of them and differs by at most 30 % of its words is reported with a word diff.
 */
export function lintVerbatim(
  text: string,
  tokens: readonly WordToken[],
  compiled: CompiledLexicon,
): RawFinding[] {
  if (compiled.verbatims.length === 0) return [];
  const words = tokens.map((token) => aliasOf(token.norm));
  const findings: RawFinding[] = [];
  const seen = new Set<string>();
  const report = (verbatim: CompiledVerbatim, first: number, last: number) => {
    const key = `${verbatim.entry.id}:${first}:${last}`;
    if (seen.has(key)) return;
    seen.add(key);
    const start = (tokens[first] as WordToken).start;
    const end = passageEnd(text, (tokens[last] as WordToken).end, verbatim.entry.text);
    const found = text.slice(start, end);
    if (found === verbatim.entry.text || quotedAsIs(text, start, end, verbatim.entry.text)) return;
    // A passage running across more sentences than the expected text is another text.
    if (sentenceBreaks(found) > sentenceBreaks(verbatim.entry.text)) return;
    const diff = formatDiff(found, verbatim.entry.text);
    findings.push({
      ruleId: 'verbatim/altered',
      severity: verbatim.entry.severity ?? 'error',
      start,
      end,
      suggestion: verbatim.entry.text,
      fixable: false,
      message: `Ce passage doit reprendre mot pour mot ${labels[verbatim.entry.category]} ${q(verbatim.entry.text)}. Différences\u00A0: ${diff}`,
      entryId: verbatim.entry.id,
      diff,
    });
  };
  const index = anchorIndex(compiled);
  for (let i = 0; i < words.length; i++) {
    const anchors = index.get(words[i] as string);
    if (!anchors) continue;
    for (const anchor of anchors) {
      const last = i + anchor.width - 1;
      if (anchor.second !== undefined && words[i + 1] !== anchor.second) continue;
      const { verbatim } = anchor;
      if (anchor.side === 'start') {
        if (!mayAlign(verbatim, words, i, i + verbatim.words.length + tolerance(verbatim.words.length)))
          continue;
        const end = alignForward(verbatim.words, words, i);
        if (end !== undefined) report(verbatim, i, end);
      } else {
        if (
          !mayAlign(
            verbatim,
            words,
            last + 1 - verbatim.words.length - tolerance(verbatim.words.length),
            last + 1,
          )
        )
          continue;
        const first = alignBackward(verbatim.words, words, last);
        if (first !== undefined) report(verbatim, first, last);
      }
    }
  }
  return findings;
}

interface Anchor {
  readonly verbatim: CompiledVerbatim;
  readonly side: 'start' | 'end';
  readonly width: number;
  /** Second anchor word, for two-word anchors. */
  readonly second?: string;
}

const indexCache = new WeakMap<CompiledLexicon, Map<string, Anchor[]>>();

/** Anchors by their first word: most text words open none and are skipped at once. */
function anchorIndex(compiled: CompiledLexicon): Map<string, Anchor[]> {
  let index = indexCache.get(compiled);
  if (index) return index;
  index = new Map();
  const add = (words: readonly string[], anchor: Anchor) => {
    const first = words[0] as string;
    index?.set(first, [...(index.get(first) ?? []), anchor]);
  };
  for (const verbatim of compiled.verbatims) {
    const width = anchorWidth(verbatim.words);
    if (verbatim.words.length < width) continue;
    const opening = verbatim.words.slice(0, width);
    const closing = verbatim.words.slice(-width);
    add(opening, { verbatim, side: 'start', width, second: width > 1 ? opening[1] : undefined });
    add(closing, { verbatim, side: 'end', width, second: width > 1 ? closing[1] : undefined });
  }
  indexCache.set(compiled, index);
  return index;
}

const wordSets = new WeakMap<CompiledVerbatim, Set<string>>();

/**
 * Cheap necessary condition before the alignment: the window must hold enough of the expected
 * words for the edit distance to be within tolerance.
 */
function mayAlign(verbatim: CompiledVerbatim, words: readonly string[], from: number, to: number): boolean {
  let expected = wordSets.get(verbatim);
  if (!expected) {
    expected = new Set(verbatim.words);
    wordSets.set(verbatim, expected);
  }
  const needed = verbatim.words.length - tolerance(verbatim.words.length);
  let found = 0;
  for (let k = Math.max(0, from); k < Math.min(words.length, to); k++) {
    if (expected.has(words[k] as string) && ++found >= needed) return true;
  }
  return false;
}

/** The expected text may end with punctuation the word tokens do not cover: include it when present. */
function passageEnd(text: string, end: number, expected: string): number {
  const trailing = expected.match(/[^\p{L}\p{N}]+$/u)?.[0] ?? '';
  for (let length = trailing.length; length > 0; length--) {
    if (text.startsWith(trailing.slice(0, length), end)) return end + length;
  }
  return end;
}

const sentenceEnd = /[.!?…]+$/u;

/**
 * A text quoted inside a sentence keeps its words but may start in lower case and drop its final
 * point ("Comment une identité partagée contribue… ?"); a straight apostrophe is the apostrophe
 * rule's business. Such a passage is the expected text.
 */
function quotedAsIs(text: string, start: number, end: number, expected: string): boolean {
  let found = text.slice(start, end).replaceAll("'", '’');
  let wanted = expected.replaceAll("'", '’');
  if (found === wanted) return true;
  // A short window is enough to see the punctuation around the passage.
  const before = text.slice(Math.max(0, start - 16), start).replace(/[\s«“"(]+$/u, '');
  const inSentence = before !== '' && !/[.!?…]$/u.test(before);
  const initial = wanted.charAt(0);
  if (inSentence && found.charAt(0).toLowerCase() === initial.toLowerCase()) {
    found = initial + found.slice(1);
  }
  const after = text.slice(end, end + 16).replace(/^\s+/u, '');
  const continues = /^[\p{L}\p{N},;:»”")\]]/u.test(after) || (inSentence && /^[!?…]/u.test(after));
  if (continues && !sentenceEnd.test(found)) wanted = wanted.replace(sentenceEnd, '');
  return found === wanted;
}

function tolerance(length: number): number {
  return Math.max(1, Math.floor(length * 0.3));
}

function sentenceBreaks(text: string): number {
  return text.match(/[.!?…](?=\s)|\n[^\S\n]*\n/g)?.length ?? 0;
}

/** Index of the last text word of the best alignment starting at `first`, or undefined if too different. */
function alignForward(
  expected: readonly string[],
  words: readonly string[],
  first: number,
): number | undefined {
  const limit = Math.min(words.length - first, expected.length + tolerance(expected.length));
  const best = align(expected, words.slice(first, first + limit));
  return best === undefined ? undefined : first + best - 1;
}

function alignBackward(
  expected: readonly string[],
  words: readonly string[],
  last: number,
): number | undefined {
  const limit = Math.min(last + 1, expected.length + tolerance(expected.length));
  const best = align([...expected].reverse(), words.slice(last + 1 - limit, last + 1).reverse());
  return best === undefined ? undefined : last - best + 1;
}

/**
 * Semi-global edit distance, in a band around the diagonal: the expected words against a prefix of
 * `window`. Returns the length of the best prefix when its distance is within tolerance and its last
 * word matches the expected last word (so short texts are not confused with ordinary sentences).
 * Gives up as soon as every cell of a row is over tolerance.
 */
function align(expected: readonly string[], window: readonly string[]): number | undefined {
  const n = expected.length;
  const limit = window.length;
  const allowed = tolerance(n);
  const over = allowed + 1;
  let previous = Array.from({ length: limit + 1 }, (_, k) => Math.min(k, over));
  for (let j = 1; j <= n; j++) {
    const current = new Array<number>(limit + 1).fill(over);
    current[0] = Math.min(j, over);
    let rowMin = current[0];
    const from = Math.max(1, j - allowed);
    const to = Math.min(limit, j + allowed);
    for (let k = from; k <= to; k++) {
      const cost = expected[j - 1] === window[k - 1] ? 0 : 1;
      const value = Math.min(
        (previous[k] ?? over) + 1,
        (current[k - 1] ?? over) + 1,
        (previous[k - 1] ?? over) + cost,
      );
      current[k] = Math.min(value, over);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > allowed) return undefined;
    previous = current;
  }
  let bestLength: number | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let k = 1; k <= limit; k++) {
    const cost = previous[k] ?? Number.POSITIVE_INFINITY;
    const closer = bestLength === undefined || Math.abs(k - n) < Math.abs(bestLength - n);
    if (cost < bestCost || (cost === bestCost && closer)) {
      bestCost = cost;
      bestLength = k;
    }
  }
  if (bestLength === undefined || bestCost > allowed) return undefined;
  if (n < 5 && window[bestLength - 1] !== expected[n - 1]) return undefined;
  return bestLength;
}

const diffCache = new Map<string, string>();

/** Inline word diff: `[-removed-]{+added+}`. Repeated passages are diffed once. */
export function formatDiff(found: string, expected: string): string {
  const key = `${found}\u0000${expected}`;
  const cached = diffCache.get(key);
  if (cached !== undefined) return cached;
  const diff = computeDiff(found, expected);
  if (diffCache.size >= 256) diffCache.clear();
  diffCache.set(key, diff);
  return diff;
}

function computeDiff(found: string, expected: string): string {
  return diffWords(found, expected)
    .map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value))
    .join('');
}
