import type { InclusiveEntry, InclusiveMode } from '../../schema.js';
import type { RawFinding } from '../finding.js';
import { matchCase, q } from '../quote.js';

const MIDDLE_DOT = '·';
const suffixes = 'e|ne|le|te|se|fe|ve|ice|rice|trice|euse|esse|ère|e\\u0300re|ière|ienne|enne|ale|ive';
/** `habitant.e.s`, `habitant·e·s`, `habitant‧e‧s`, `agent·es`, `élu·e`: a stem, a point, a feminine ending. */
const dotted = new RegExp(
  `(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]{2,})([.·‧•⋅∙])(${suffixes})(?:([.·‧•⋅∙])s|(s))?(?![\\p{L}\\p{M}]|[.·‧•⋅∙]\\p{L})`,
  'gyu',
);
/** A point followed by a lower-case letter: the only places an inclusive form can be. */
const point = /[.·‧•⋅∙](?=\p{Ll})/gu;
const stemChar = /[\p{L}\p{M}]/u;
/** Endings that double the stem's last consonant: `citoyen·ne`, `professionnel·le`, `sportif·ve`. */
const doubling: Readonly<Record<string, string>> = { ne: 'n', le: 'l', te: 't', se: 's', fe: 'f', ve: 'f' };
/** Suffixes that are also top-level domains: `visit.se`, `ville.ne`, `exemple.es`. */
const domainLike = new Set(['ne', 'se', 've', 'es']);
/** Signs of a web or e-mail address in the non-space run around a point form. */
const addressMark = /:\/\/|@|(?:^|[^\p{L}\p{N}])www\./iu;
/** Breaking spaces end an address; the no-break spaces the fixer inserts do not (fixes stay local). */
const breaking = /[^\S\u00A0\u202F]/u;
const addressAfter = /^(?:\/|:\d)/u;

/** Inclusive forms, found from their points rather than by trying every word. */
function* dottedForms(text: string): Generator<RegExpExecArray> {
  let after = 0;
  for (const p of text.matchAll(point)) {
    if (p.index < after) continue;
    let start = p.index;
    while (start > 0 && stemChar.test(text.charAt(start - 1))) start--;
    if (start > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(start))) continue;
    dotted.lastIndex = start;
    const m = dotted.exec(text);
    if (!m) continue;
    after = m.index + m[0].length;
    yield m;
  }
}

/**
 * Inclusive writing per policy: with `middle-dot`, every point form becomes the middle dot U+00B7
 * (`habitant.e.s` → `habitant·e·s`); with `double-flexion`, point forms are spelled out from the
 * lexicon (`élu·e·s` → `élues et élus`); with `off`, nothing is checked.
 */
export function lintInclusive(
  text: string,
  mode: InclusiveMode,
  known: ReadonlyMap<string, InclusiveEntry>,
  severity: 'error' | 'warning' | 'info' = 'warning',
): RawFinding[] {
  if (mode === 'off') return [];
  const findings: RawFinding[] = [];
  for (const m of dottedForms(text)) {
    const [found, stem = '', separator = '', suffix = '', secondSeparator, bareS] = m;
    const plural = secondSeparator !== undefined || bareS !== undefined;
    const canonical = `${stem}${MIDDLE_DOT}${suffix}${plural ? `${MIDDLE_DOT}s` : ''}`;
    const key = canonical.normalize('NFC').toLowerCase();
    const entry = known.get(key);
    const start = m.index;
    const end = start + found.length;
    if (separator === '.' && isAddress(text, start, end)) continue;
    if (separator === '.' && !entry && !known.has(`${key}·s`) && !plausible(stem, suffix, m)) continue;
    if (mode === 'middle-dot') {
      if (found === canonical) continue;
      const oddPoint =
        separator !== MIDDLE_DOT || (secondSeparator !== undefined && secondSeparator !== MIDDLE_DOT);
      findings.push({
        ruleId: 'inclusive/middle-dot',
        severity: entry?.severity ?? severity,
        start,
        end,
        suggestion: canonical,
        fixable: true,
        message: oddPoint
          ? `Écriture inclusive avec le point médian (·)\u00A0: écrire ${q(canonical)}.`
          : `Écriture inclusive\u00A0: écrire ${q(canonical)}.`,
        entryId: entry?.id,
      });
    } else {
      const spelled = entry ? matchCase(found, spelledOut(entry, plural)) : undefined;
      findings.push({
        ruleId: 'inclusive/double-flexion',
        severity: entry?.severity ?? severity,
        start,
        end,
        suggestion: spelled,
        fixable: spelled !== undefined,
        message: spelled
          ? `Double flexion attendue pour ce canal\u00A0: écrire ${q(spelled)}.`
          : `Double flexion attendue pour ce canal\u00A0: écrire la forme féminine et la forme masculine en entier (par exemple ${q('élues et élus')}).`,
        entryId: entry?.id,
      });
    }
  }
  return findings;
}

/**
 * With a plain full stop, a singular form the lexicon does not know must look like French inclusive
 * writing: a doubling ending after its consonant ("fini.le" is a missing space), and an ending that
 * is not a top-level domain ("visit.se", "exemple.es"). Two points ("tou.te.s") are unambiguous.
 */
function plausible(stem: string, suffix: string, m: RegExpExecArray): boolean {
  const [, , , , secondSeparator, bareS] = m;
  if (secondSeparator !== undefined) return true;
  const consonant = doubling[suffix];
  if (consonant && !stem.toLowerCase().endsWith(consonant)) return false;
  return !domainLike.has(`${suffix}${bareS ?? ''}`);
}

/** A point form inside a URL, an e-mail address or a domain name is not inclusive writing. */
function isAddress(text: string, start: number, end: number): boolean {
  // Bounded: an address is a few hundred characters at most, and a text without spaces stays linear.
  const floor = Math.max(0, start - 256);
  const ceiling = Math.min(text.length, end + 256);
  let from = start;
  while (from > floor && !breaking.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < ceiling && !breaking.test(text.charAt(to))) to++;
  if (addressMark.test(text.slice(from, to))) return true;
  return addressAfter.test(text.slice(end, end + 2));
}

function spelledOut(entry: InclusiveEntry, plural: boolean): string {
  return `${entry.feminine} ${plural ? 'et' : 'ou'} ${entry.masculine}`;
}
