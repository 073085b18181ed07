import type { TypographyEntry, TypographyRule } from '../../schema.js';
import type { RawFinding } from '../finding.js';
import { q } from '../quote.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
/** Horizontal spaces that may stand before punctuation (never a line break). */
const spaces = '[ \\u00A0\\u202F\\u2009\\u2007\\u2002\\u2003\\u2004\\u2005\\u2006\\u2008\\u200A]';

type Emit = (
  start: number,
  end: number,
  suggestion: string | undefined,
  message: string,
  fixable?: boolean,
) => void;
/** `before`: the prose just before the text, when markup separates them (see `Segment.before`). */
type RuleCheck = (text: string, emit: Emit, before?: string) => void;

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
// Quotes never pair across guillemets: fixing an inner pair must not expose an outer one.
const curlyQuotes = new RegExp(`“(${spaces}*)([^“”«»\\n]*?[^\\s“”«»])(${spaces}*)”`, 'gu');
const straightQuotes = new RegExp(
  `(?<![\\p{L}\\p{N}])"(${spaces}*)([^"«»\\n]*?[^\\s"«»])(${spaces}*)"(?![\\p{L}\\p{N}])`,
  'gu',
);
const apostrophe = /['‘]/g;
const letterOrMark = /[\p{L}\p{M}]/u;
const letter = /\p{L}/u;
const ellipsis = /(?<!\.)\.\.\.(?!\.)/g;
// A decimal comma may follow the integer part ("1 500,50"); a decimal point is not French.
const groupedNumber = new RegExp(
  `(?<![\\p{L}\\p{N},.])\\d{1,3}(?:${spaces}\\d{3})+(?![\\p{L}\\p{N}]|\\.\\d)`,
  'gu',
);
/** Numbers that are identifiers, not quantities: "n° 12345", "réf. 123456". */
const reference = `(?<!(?:[nN][°º]|№|[rR][ée]f\\.?)${spaces}*)`;
const longNumber = new RegExp(
  `(?<![\\p{L}\\p{N}.,/#°\\-_])(?<!\\d${spaces})${reference}\\d{5,9}(?![\\p{L}\\p{N}_]|\\.\\d|${spaces}\\d|[ \\u00A0]+\\p{Lu})`,
  'gu',
);
/** `2ème`, `3èmes`, `XIXème` (Roman numerals in capitals: centuries, republics). */
const ordinal = /(?<![\p{L}\p{N}])(\d+|[IVXLC]+)(i?(?:è|e\u0300|e)me|è|e\u0300)(s?)(?![\p{L}\p{M}])/gu;
/** `1e`: neither `1er` nor `1re`. */
const firstBare = /(?<![\p{L}\p{N}])(1)e(s?)(?![\p{L}\p{M}\p{N}]|[-+]\d)/gu;
const firstFeminine = /(?<![\p{L}\p{N}])1(i?(?:è|e\u0300|e)re)(s?)(?![\p{L}\p{M}])/gu;

const checks: Record<TypographyRule, RuleCheck> = {
  'nbsp-colon': (text, emit, before) => {
    for (const m of spacedMarks(text, /:/g, noSpaceAfter, followsPunctuation, before)) {
      if (m.spaces === NBSP) continue;
      emit(m.start, m.end, `${NBSP}:`, 'Espace insécable attendue avant le deux-points.');
    }
  },
  'nnbsp-punctuation': (text, emit, before) => {
    for (const m of spacedMarks(text, /[;!?]/g, noSpaceAfter, followsPunctuation, before)) {
      if (m.spaces === NNBSP) continue;
      emit(m.start, m.end, `${NNBSP}${m.mark}`, `Espace fine insécable attendue avant ${q(m.mark)}.`);
    }
  },
  guillemets: (text, emit) => {
    for (const m of text.matchAll(openingGuillemet)) {
      if (m[1] === NBSP) continue;
      emit(
        m.index,
        m.index + m[0].length,
        `«${NBSP}`,
        'Espace insécable attendue après le guillemet ouvrant.',
      );
    }
    for (const m of spacedMarks(text, /»/g, /[\s«]/u)) {
      if (m.spaces === NBSP) continue;
      emit(m.start, m.end, `${NBSP}»`, 'Espace insécable attendue avant le guillemet fermant.');
    }
  },
  quotes: (text, emit) => {
    const nested = guillemetDepth(text);
    for (const pattern of [curlyQuotes, straightQuotes]) {
      for (const m of text.matchAll(pattern)) {
        const open = 1 + (m[1] ?? '').length;
        const close = 1 + (m[3] ?? '').length;
        const end = m.index + m[0].length;
        // Inside « … », quotes within the quotation are “ ” (curly ones are already right).
        if (nested(m.index)) {
          if (pattern === curlyQuotes) continue;
          const message =
            'Guillemets de second niveau attendus à l’intérieur de «\u00A0…\u00A0» («\u00A0“…”\u00A0»).';
          emit(m.index, m.index + open, '“', message);
          emit(end - close, end, '”', message);
          continue;
        }
        const message = 'Employer les guillemets français «\u00A0…\u00A0».';
        emit(m.index, m.index + open, `«${NBSP}`, message);
        emit(end - close, end, `${NBSP}»`, message);
      }
    }
  },
  apostrophe: (text, emit) => {
    for (const m of text.matchAll(apostrophe)) {
      if (!letterOrMark.test(charBefore(text, m.index)) || !letter.test(charAt(text, m.index + 1))) continue;
      emit(m.index, m.index + 1, '’', 'Apostrophe typographique attendue (’).');
    }
  },
  ellipsis: (text, emit) => {
    for (const m of text.matchAll(ellipsis)) {
      emit(m.index, m.index + 3, '…', 'Points de suspension attendus en un seul caractère (…).');
    }
  },
  thousands: (text, emit) => {
    for (const m of text.matchAll(groupedNumber)) {
      const digits = m[0].replace(/\D/g, '');
      const grouped = groupThousands(digits);
      if (grouped === m[0]) continue;
      emit(m.index, m.index + m[0].length, grouped, 'Grouper les milliers avec une espace fine insécable.');
    }
    for (const m of text.matchAll(longNumber)) {
      emit(
        m.index,
        m.index + m[0].length,
        groupThousands(m[0]),
        'Grouper les milliers avec une espace fine insécable.',
      );
    }
  },
  ordinals: (text, emit) => {
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
};

/** Whether an offset lies inside a « … » quotation (more opening than closing guillemets before it). */
function guillemetDepth(text: string): (index: number) => boolean {
  const offsets: number[] = [];
  const depths: number[] = [];
  let depth = 0;
  for (const m of text.matchAll(/[«»]/gu)) {
    depth = Math.max(0, depth + (m[0] === '«' ? 1 : -1));
    offsets.push(m.index);
    depths.push(depth);
  }
  return (index) => {
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((offsets[mid] ?? 0) < index) low = mid + 1;
      else high = mid;
    }
    return low > 0 && (depths[low - 1] ?? 0) > 0;
  };
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
): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const [rule, entry] of rules) {
    const emit: Emit = (start, end, suggestion, message, fixable = true) => {
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
    checks[rule](text, emit, before);
  }
  return findings;
}
