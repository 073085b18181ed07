import type { TypographyEntry, TypographyRule } from '../../schema.js';
import type { RawFinding } from '../finding.js';
import { q } from '../quote.js';
import { type Emit, NBSP, NNBSP, type RuleCheck, spaces, TypographyContext } from './context.js';
import type { Literals } from './literals.js';
import { doubledPunctuation, ellipsis, spaceAfter } from './punctuation.js';
import type { Quotation } from './quotations.js';
import { unitSpacing } from './units.js';

const horizontalSpace = new RegExp(`^${spaces}$`, 'u');
/**
 * Characters after which a space before punctuation is not asked for (clusters, opening quotes). A
 * straight quote opens when nothing is glued before it, otherwise it closes and asks for the space
 * like the « » it will become.
 */
const noSpaceAfter = /[\s:;!?«“]/u;
const followsPunctuation = /^(?:[\s;:!?»”"’')\].,…]|$)/u;

interface Spaced {
  /** Start of the spaces before the mark (or of the mark when there are none). */
  readonly start: number;
  readonly end: number;
  readonly spaces: string;
  readonly mark: string;
}

/**
 * Punctuation marks with the horizontal spaces before them, found from the marks themselves (a
 * regular expression starting with optional spaces would be tried at every position of the text).
 */
function* spacedMarks(
  text: string,
  marks: RegExp,
  notAfter: RegExp,
  followedBy?: RegExp,
  lead?: string,
): Generator<Spaced> {
  for (const m of text.matchAll(marks)) {
    let start = m.index;
    while (start > 0 && horizontalSpace.test(text.charAt(start - 1))) start--;
    const before = start > 0 ? charBefore(text, start) : lead;
    if (before === undefined || before === '' || notAfter.test(before)) continue;
    if (before === '"' && (start < 2 || /\s/u.test(text.charAt(start - 2)))) continue;
    const end = m.index + m[0].length;
    if (followedBy && !followedBy.test(text.slice(end, end + 1))) continue;
    yield { start, end, spaces: text.slice(start, m.index), mark: m[0] };
  }
}

const openingGuillemet = new RegExp(`«(${spaces}*)(?=[^\\s;:!?])`, 'gu');
const apostrophe = /['‘]/g;
const letterOrMark = /[\p{L}\p{M}]/u;
const letter = /\p{L}/u;
// A decimal comma may follow the integer part ("1 500,50"); a decimal point is not French. Digits
// starting with 0 ("0 800 123 456"), after "+" or another group of digits (a phone, "+33 321 987 654")
// or followed by one (a SIRET, "200 068 146 00016") are an identifier.
const groupedNumber = new RegExp(
  `(?<![\\p{L}\\p{N},.…+])(?<!\\d${spaces})${identifierContext()}[1-9]\\d{0,2}(?:${spaces}\\d{3})+(?![\\p{L}\\p{N}]|\\.\\d|${spaces}\\d)`,
  'gu',
);
const longNumber = new RegExp(
  `(?<![\\p{L}\\p{N}.…,/#°\\-_+])(?<!\\d${spaces})${identifierContext()}[1-9]\\d{4,8}(?![\\p{L}\\p{N}_]|\\.\\d|${spaces}\\d|[ \\u00A0]+\\p{Lu})`,
  'gu',
);

/**
 * Numbers that are identifiers, not quantities, by the word before them: "n° 12345", "réf. 123456",
 * "SIREN 200068146", "code postal 62500", "tél. 0321…".
 */
function identifierContext(): string {
  const words = [
    '[nN][°º]',
    '№',
    '[rR][ée]f(?:[ée]rence)?\\.?',
    'SIRE[NT]',
    'Siren',
    'Siret',
    'RNA',
    'TVA',
    'NAF',
    'APE',
    'EAN',
    'ISBN',
    'ISSN',
    'FINESS',
    'UAI',
    '[cC]ode(?: postal| INSEE| commune)?',
    'CP',
    '[tT][ée]l(?:[ée]phone)?\\.?',
    '[nN]um[ée]ro',
    '[iI]dentifiant',
    '[dD]ossier',
    '[fF]acture',
    '[mM]atricule',
  ];
  return `(?<!(?:${words.join('|')})${spaces}*:?${spaces}*)`;
}
/** `2ème`, `3èmes`, `XIXème` (Roman numerals in capitals: centuries, republics). */
const ordinal = /(?<![\p{L}\p{N}])(\d+|[IVXLC]+)(i?(?:è|e\u0300|e)me|è|e\u0300)(s?)(?![\p{L}\p{M}])/gu;
/** `1e`: neither `1er` nor `1re`. */
const firstBare = /(?<![\p{L}\p{N}])(1)e(s?)(?![\p{L}\p{M}\p{N}]|[-+]\d)/gu;
const firstFeminine = /(?<![\p{L}\p{N}])1(i?(?:è|e\u0300|e)re)(s?)(?![\p{L}\p{M}])/gu;

const checks: Record<TypographyRule, RuleCheck> = {
  'nbsp-colon': ({ text, before }, emit) => {
    for (const m of spacedMarks(text, /:/g, noSpaceAfter, followsPunctuation, before)) {
      if (m.spaces === NBSP) continue;
      emit(m.start, m.end, `${NBSP}:`, 'Espace insécable attendue avant le deux-points.');
    }
  },
  'nnbsp-punctuation': ({ text, before }, emit) => {
    for (const m of spacedMarks(text, /[;!?]/g, noSpaceAfter, followsPunctuation, before)) {
      if (m.spaces === NNBSP) continue;
      emit(m.start, m.end, `${NNBSP}${m.mark}`, `Espace fine insécable attendue avant ${q(m.mark)}.`);
    }
  },
  guillemets: (context, emit) => {
    const { text } = context;
    // Guillemets of a quotation inside a quotation become “ ” (quotes rule): no spacing to ask for.
    const nested = new Set(
      context.quotations
        .filter((quotation) => quotation.depth > 1)
        .flatMap(({ open, close }) => [open.index, close.index]),
    );
    for (const m of text.matchAll(openingGuillemet)) {
      if (m[1] === NBSP || nested.has(m.index)) continue;
      emit(
        m.index,
        m.index + m[0].length,
        `«${NBSP}`,
        'Espace insécable attendue après le guillemet ouvrant.',
      );
    }
    for (const m of spacedMarks(text, /»/g, /[\s«]/u)) {
      if (m.spaces === NBSP || nested.has(m.end - 1)) continue;
      emit(m.start, m.end, `${NBSP}»`, 'Espace insécable attendue avant le guillemet fermant.');
    }
  },
  quotes: (context, emit) => {
    for (const quotation of context.quotations) quoteFindings(context.text, quotation, emit);
  },
  apostrophe: ({ text }, emit) => {
    for (const m of text.matchAll(apostrophe)) {
      if (!letterOrMark.test(charBefore(text, m.index)) || !letter.test(charAt(text, m.index + 1))) continue;
      emit(m.index, m.index + 1, '’', 'Apostrophe typographique attendue (’).');
    }
  },
  ellipsis,
  thousands: (context, emit) => {
    const { text } = context;
    for (const m of text.matchAll(groupedNumber)) {
      const digits = m[0].replace(/\D/g, '');
      const grouped = groupThousands(digits);
      if (grouped === m[0] || context.inLiteral(m.index, m.index + m[0].length)) continue;
      emit(m.index, m.index + m[0].length, grouped, 'Grouper les milliers avec une espace fine insécable.');
    }
    for (const m of text.matchAll(longNumber)) {
      if (context.inLiteral(m.index, m.index + m[0].length)) continue;
      emit(
        m.index,
        m.index + m[0].length,
        groupThousands(m[0]),
        'Grouper les milliers avec une espace fine insécable.',
      );
    }
  },
  ordinals: ({ text }, emit) => {
    const ordinalMessage = (suggestion: string) => `Abréviation de l’ordinal\u00A0: ${q(suggestion)}.`;
    // "1" alone cannot tell "1er" from "1re": suggested, never fixed.
    const emitFirst = (start: number, end: number, number: string, plural: string) => {
      const message = `Abréviation de l’ordinal\u00A0: ${q(`${number}er${plural}`)}, ou ${q(`${number}re${plural}`)} au féminin.`;
      emit(start, end, `${number}er${plural}`, message, false);
    };
    for (const m of text.matchAll(firstFeminine)) {
      const suggestion = `1re${m[2] ?? ''}`;
      emit(m.index, m.index + m[0].length, suggestion, ordinalMessage(suggestion));
    }
    for (const m of text.matchAll(ordinal)) {
      const [found, number = '', , plural = ''] = m;
      const end = m.index + found.length;
      if (number === '1' || number === 'I') emitFirst(m.index, end, number, plural);
      else emit(m.index, end, `${number}e${plural}`, ordinalMessage(`${number}e${plural}`));
    }
    for (const m of text.matchAll(firstBare)) {
      emitFirst(m.index, m.index + m[0].length, '1', m[2] ?? '');
    }
  },
  'space-after': spaceAfter,
  'doubled-punctuation': doubledPunctuation,
  units: unitSpacing,
};

const leadingSpaces = new RegExp(`^${spaces}*`, 'u');
const trailingSpaces = new RegExp(`${spaces}*$`, 'u');

/**
 * A quotation takes « » with no-break spaces inside; a quotation inside a quotation takes “ ”
 * (Imprimerie nationale). Each mark is fixed with the spaces next to it, inside the quotation.
 */
function quoteFindings(text: string, { open, close, depth }: Quotation, emit: Emit): void {
  const inner = text.slice(open.index + 1, close.index);
  if (inner.trim() === '') return;
  const openEnd = open.index + 1 + (inner.match(leadingSpaces)?.[0].length ?? 0);
  const closeStart = close.index - (inner.match(trailingSpaces)?.[0].length ?? 0);
  if (depth === 1) {
    const message = 'Employer les guillemets français «\u00A0…\u00A0».';
    if (open.char !== '«') emit(open.index, openEnd, `«${NBSP}`, message);
    if (close.char !== '»') emit(closeStart, close.index + 1, `${NBSP}»`, message);
    return;
  }
  const message =
    'Guillemets de second niveau attendus à l’intérieur de «\u00A0…\u00A0» («\u00A0“…”\u00A0»).';
  if (open.char !== '“') emit(open.index, openEnd, '“', message);
  if (close.char !== '”') emit(closeStart, close.index + 1, '”', message);
}

/** The whole code point ending just before `index` (a surrogate pair counts as one). */
function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
}

function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0x20);
}

export function groupThousands(digits: string): string {
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) {
    const part = digits.slice(Math.max(0, i - 3), i);
    out = out ? `${part}${NNBSP}${out}` : part;
  }
  return out;
}

/** French typography: every rule the lexicon enables for this scope. */
export function lintTypography(
  text: string,
  rules: ReadonlyMap<TypographyRule, TypographyEntry>,
  before?: string,
  literals?: Literals,
): RawFinding[] {
  const findings: RawFinding[] = [];
  const context = new TypographyContext(text, before, literals);
  for (const [rule, entry] of rules) {
    const emit: Emit = (start, end, suggestion, message, fixable = true) => {
      if (context.inLiteral(start, end)) return;
      findings.push({
        ruleId: `typography/${rule}`,
        severity: entry.severity ?? 'warning',
        start,
        end,
        suggestion,
        fixable: fixable && suggestion !== undefined,
        message,
        entryId: entry.id,
      });
    };
    checks[rule](context, emit);
  }
  return findings;
}
