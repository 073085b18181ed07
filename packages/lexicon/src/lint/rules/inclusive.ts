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
    const entry = known.get(canonical.normalize('NFC').toLowerCase());
    const start = m.index;
    const end = start + found.length;
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

function spelledOut(entry: InclusiveEntry, plural: boolean): string {
  return `${entry.feminine} ${plural ? 'et' : 'ou'} ${entry.masculine}`;
}
