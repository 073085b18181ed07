import type { Problem } from '@blason/core';
import { type Lexicon, type LexiconSource, parseLexicon } from './lexicon.js';
import { wordsOf } from './lint/compile.js';
import { fixText, lintText } from './lint/lint.js';
import type { LintOptions } from './lint/options.js';
import { type Channel, channels, type Entry, type SelfTest } from './schema.js';

export interface CheckOptions {
  /** Known partner ids (from `tokens/partners/*.partner.json`); unchecked when absent. */
  readonly partners?: readonly string[];
  /** Official partner names by id, to compare with the lexicon's name entries. */
  readonly partnerNames?: Readonly<Record<string, string>>;
}

/**
 * Everything wrong with a lexicon: schema problems, failing self-tests and examples, contradictions
 * (a term both preferred and discouraged, a fix that re-triggers a rule, a verbatim text the linter
 * itself rejects), unknown partners. Prose that breaks French typography is a warning.
 */
export function checkLexiconSources(
  sources: readonly LexiconSource[],
  options: CheckOptions = {},
): Problem[] {
  const { lexicon, problems } = parseLexicon(sources);
  if (problems.length > 0) return problems;
  return [
    ...checkPartners(lexicon, options),
    ...checkContradictions(lexicon),
    ...checkSelfTests(lexicon),
    ...checkExamples(lexicon),
    ...checkProse(lexicon),
  ];
}

function where(lexicon: Lexicon, entry: Entry, field?: string): Pick<Problem, 'file' | 'path' | 'line'> {
  const source = lexicon.sources.get(entry.id);
  return {
    file: source?.file,
    path: `entries[${source?.index ?? '?'}] (${entry.id})${field ? `.${field}` : ''}`,
    line: source?.line,
  };
}

function checkPartners(lexicon: Lexicon, options: CheckOptions): Problem[] {
  const known = options.partners;
  if (!known) return [];
  const problems: Problem[] = [];
  const expected = known.join(', ');
  for (const entry of lexicon.entries) {
    const used = [
      ...(entry.scope?.partners ?? []),
      ...(entry.kind === 'name' && entry.partner ? [entry.partner] : []),
    ];
    for (const partner of used) {
      if (!known.includes(partner)) {
        problems.push({
          code: 'lexicon/unknown-partner',
          message: `unknown partner "${partner}"`,
          expected,
          ...where(lexicon, entry),
        });
      }
    }
    if (entry.kind === 'name' && entry.partner && options.partnerNames?.[entry.partner]) {
      const official = options.partnerNames[entry.partner] as string;
      if (official !== entry.name && entry.partner !== 'territoire') {
        problems.push({
          code: 'lexicon/partner-name-mismatch',
          message: `name "${entry.name}" differs from the partner's official name "${official}"`,
          expected: 'the same spelling as tokens/partners/<id>.partner.json',
          severity: 'warning',
          ...where(lexicon, entry, 'name'),
        });
      }
    }
  }
  for (const partner of Object.keys(lexicon.policy.inclusive.partners ?? {})) {
    if (!known.includes(partner)) {
      problems.push({
        code: 'lexicon/unknown-partner',
        message: `unknown partner "${partner}" in the inclusive-writing policy`,
        path: `policy.inclusive.partners.${partner}`,
        expected,
      });
    }
  }
  return problems;
}

interface Claim {
  readonly entry: Entry;
  readonly role: string;
}

/** Word sequences each entry claims, to find one claimed twice with different meanings. */
function claimsOf(entry: Entry): { key: string; role: string }[] {
  const key = (text: string) => wordsOf(text).join(' ');
  if (entry.kind === 'name') {
    return [
      { key: key(entry.name), role: 'name' },
      ...(entry.variants ?? []).map((variant) => ({ key: key(variant), role: 'forbidden variant' })),
      ...(entry.acronym ? [{ key: key(entry.acronym.value), role: 'acronym' }] : []),
    ];
  }
  if (entry.kind === 'term') {
    return [entry.term, ...(entry.plural ? [entry.plural] : [])].map((text) => ({
      key: key(text),
      role: entry.status,
    }));
  }
  return [];
}

function checkContradictions(lexicon: Lexicon): Problem[] {
  const problems: Problem[] = [];
  const claims = new Map<string, Claim>();
  for (const entry of lexicon.entries) {
    for (const { key, role } of claimsOf(entry)) {
      const previous = claims.get(key);
      if (previous && previous.entry.id !== entry.id && overlapScopes(previous.entry, entry)) {
        problems.push({
          code: 'lexicon/contradiction',
          message: `"${key}" is ${role} here but ${previous.role} in entry "${previous.entry.id}"`,
          expected: 'each word or phrase claimed by a single entry',
          ...where(lexicon, entry),
        });
      } else if (!previous) claims.set(key, { entry, role });
    }
    problems.push(...checkReplacement(lexicon, entry), ...checkVerbatimClean(lexicon, entry));
  }
  return problems;
}

function overlapScopes(a: Entry, b: Entry): boolean {
  const intersects = <T>(x?: readonly T[], y?: readonly T[]) => !x || !y || x.some((v) => y.includes(v));
  return intersects(a.scope?.partners, b.scope?.partners) && intersects(a.scope?.channels, b.scope?.channels);
}

function contextOf(
  entry: Entry,
  test?: { partner?: string; channel?: Channel },
): { partner?: string; channel?: Channel } {
  return {
    partner: test?.partner ?? entry.scope?.partners?.[0],
    channel: test?.channel ?? entry.scope?.channels?.[0],
  };
}

/** A replacement the linter would flag again would make `--fix` loop or leave a finding behind. */
function checkReplacement(lexicon: Lexicon, entry: Entry): Problem[] {
  if (entry.kind !== 'term' || entry.status === 'preferred') return [];
  const problems: Problem[] = [];
  for (const replacement of [entry.replacement, entry.replacementPlural]) {
    if (!replacement) continue;
    // Any rule counts: a replacement with a straight apostrophe would make --fix write a new finding.
    const retriggered = lintText(replacement, { lexicon, ...contextOf(entry), internal: true });
    for (const finding of retriggered) {
      const self = finding.entryId === entry.id;
      problems.push({
        code: self ? 'lexicon/fix-retriggers-itself' : 'lexicon/fix-retriggers',
        message: self
          ? `the replacement "${replacement}" is itself matched by this entry: the fix would never end`
          : `the replacement "${replacement}" is flagged by ${finding.entryId ? `entry "${finding.entryId}"` : finding.ruleId}: ${finding.message}`,
        expected: 'a replacement the lexicon accepts',
        ...where(lexicon, entry, 'replacement'),
      });
    }
  }
  return problems;
}

/** Verbatim texts and canonical names must pass the linter, or the brand would require flagged text. */
function checkVerbatimClean(lexicon: Lexicon, entry: Entry): Problem[] {
  const text = entry.kind === 'verbatim' ? entry.text : entry.kind === 'name' ? entry.name : undefined;
  if (!text) return [];
  const findings = lintText(text, { lexicon, ...contextOf(entry), internal: true }).filter(
    (finding) => finding.entryId !== entry.id,
  );
  return findings.map((finding) => ({
    code: 'lexicon/contradiction',
    message: `the ${entry.kind === 'verbatim' ? 'verbatim text' : 'name'} is flagged by ${finding.entryId ?? finding.ruleId}: ${finding.message}`,
    expected: 'required texts that the lexicon itself accepts',
    ...where(lexicon, entry, entry.kind === 'verbatim' ? 'text' : 'name'),
  }));
}

function describeTest(test: SelfTest): string {
  if ('from' in test) return `fixing ${JSON.stringify(test.from)}`;
  if ('pass' in test) return `passing ${JSON.stringify(test.pass)}`;
  return `failing ${JSON.stringify(test.fail)}`;
}

/** Runs one self-test; returns what went wrong, or undefined. */
export function runSelfTest(lexicon: Lexicon, entry: Entry, test: SelfTest): string | undefined {
  const options: LintOptions = { lexicon, ...contextOf(entry, test), only: [entry.id] };
  if ('from' in test) {
    const fixed = fixText(test.from, options).text;
    return fixed === test.to
      ? undefined
      : `gives ${JSON.stringify(fixed)}, expected ${JSON.stringify(test.to)}`;
  }
  const findings = lintText('pass' in test ? test.pass : test.fail, options);
  if ('pass' in test) {
    return findings.length === 0
      ? undefined
      : `reports ${findings.map((f) => `${f.ruleId} on "${f.found}"`).join(', ')}`;
  }
  return findings.length > 0 ? undefined : 'reports nothing';
}

function checkSelfTests(lexicon: Lexicon): Problem[] {
  const problems: Problem[] = [];
  for (const entry of lexicon.entries) {
    (entry.tests ?? []).forEach((test, index) => {
      const failure = runSelfTest(lexicon, entry, test);
      if (!failure) return;
      problems.push({
        code: 'lexicon/self-test',
        message: `self-test ${describeTest(test)} ${failure}`,
        ...where(lexicon, entry, `tests[${index}]`),
      });
    });
  }
  return problems;
}

const linted = (entry: Entry) =>
  entry.kind === 'name' ||
  entry.kind === 'typography' ||
  entry.kind === 'inclusive' ||
  entry.kind === 'verbatim' ||
  (entry.kind === 'term' && entry.status !== 'preferred');

/** Examples marked correct must pass the entry; examples marked incorrect must be caught by it. */
function checkExamples(lexicon: Lexicon): Problem[] {
  const problems: Problem[] = [];
  for (const entry of lexicon.entries) {
    if (!linted(entry)) continue;
    (entry.examples ?? []).forEach((example, index) => {
      const failure = runSelfTest(
        lexicon,
        entry,
        example.correct ? { pass: example.text } : { fail: example.text },
      );
      if (!failure) return;
      problems.push({
        code: 'lexicon/example',
        message: `example marked ${example.correct ? 'correct' : 'incorrect'} ${failure}`,
        ...where(lexicon, entry, `examples[${index}]`),
      });
    });
  }
  return problems;
}

/** The lexicon's own French prose (definitions, usage, reasons) follows the typographic rules. */
function checkProse(lexicon: Lexicon): Problem[] {
  const typography = lexicon.entries.filter((entry) => entry.kind === 'typography').map((entry) => entry.id);
  if (typography.length === 0) return [];
  const problems: Problem[] = [];
  for (const entry of lexicon.entries) {
    const fields: [string, string | undefined][] = [
      ['definition', entry.definition],
      ['usage', entry.usage],
      ['reason', entry.kind === 'term' ? entry.reason : undefined],
      ['principle', entry.kind === 'tone' ? entry.principle : undefined],
      ...(entry.kind === 'tone'
        ? entry.pairs.map((pair, i): [string, string] => [`pairs[${i}].do`, pair.do])
        : []),
      ...(entry.examples ?? []).map((example, i): [string, string | undefined] => [
        `examples[${i}].text`,
        example.correct ? example.text : undefined,
      ]),
    ];
    for (const [field, text] of fields) {
      if (!text) continue;
      for (const finding of lintText(text, { lexicon, only: typography, channel: channels[0] })) {
        problems.push({
          code: 'lexicon/prose-typography',
          message: `${finding.message} (${JSON.stringify(finding.found)} at column ${finding.column})`,
          severity: 'warning',
          ...where(lexicon, entry, field),
        });
      }
    }
  }
  return problems;
}
