import { q } from '../quote.js';
import { NBSP, NNBSP, type RuleCheck, spaces } from './context.js';

/** A number as written in French copy: "50", "1 500", "12,5", "2 000,75". */
const number = `(?<![\\p{L}\\p{N}_.,])\\d+(?:${spaces}\\d{3})*(?:,\\d+)?`;
/** Signs written after a number: percentages and currencies, glued or not. */
const signs = '%|‰|‱|€|\\$|£|¥|₣|₽|₹|₩|₿|¢|°[CF](?![\\p{L}\\p{N}])';
/** Unit symbols: they follow the number after a space (glued forms such as "17h30" are left alone). */
const units =
  'km/h|m/s|kWh|MWh|GWh|Wh|kW|MW|GW|km²|m²|m³|cm²|ha|km|cm|mm|µm|m|kg|mg|g|t|cl|ml|mL|dl|l|L|min|ms|s|h|kHz|MHz|GHz|Hz|Mo|Go|To|ko|dB';

const beforeSign = new RegExp(`(${number})(${spaces}*)(${signs})`, 'gu');
const beforeUnit = new RegExp(
  `(${number})([ \\u2009\\u2002\\u2003\\u2004\\u2005\\u2006\\u2008\\u200A]+)(${units})(?![\\p{L}\\p{M}\\p{N}'’\\-‑/²³])`,
  'gu',
);
/** "17 h 30": the minutes stay with the hour. */
const minutes = new RegExp(`(?<=\\d${spaces}*h)([ \\u2009]+)(\\d{2})(?![\\p{N}])`, 'gu');
/** "§ 3", "n° 12": the sign and its number stay together. */
const afterSign = new RegExp(`(?<![\\p{L}\\p{N}])(§|[nN][°º]|№)(${spaces}*)(?=[\\p{N}IVXLC])`, 'gu');

const noBreak = (gap: string) => gap === NBSP || gap === NNBSP;

/** Numbers and their signs or units are kept on one line with a no-break space. */
export const unitSpacing: RuleCheck = (context, emit) => {
  const { text } = context;
  for (const m of text.matchAll(beforeSign)) {
    const [, digits = '', gap = '', sign = ''] = m;
    if (noBreak(gap)) continue;
    const start = m.index + digits.length;
    const end = start + gap.length + sign.length;
    if (context.inLiteral(m.index, end)) continue;
    emit(start, end, `${NBSP}${sign}`, `Espace insécable attendue entre le nombre et ${q(sign)}.`);
  }
  for (const m of text.matchAll(beforeUnit)) {
    const [, digits = '', gap = '', unit = ''] = m;
    const start = m.index + digits.length;
    const end = start + gap.length;
    if (context.inLiteral(m.index, end + unit.length)) continue;
    emit(start, end, NBSP, `Espace insécable attendue entre le nombre et son unité ${q(unit)}.`);
  }
  for (const m of text.matchAll(minutes)) {
    const gap = m[1] ?? '';
    if (context.inLiteral(m.index, m.index + m[0].length)) continue;
    emit(m.index, m.index + gap.length, NBSP, 'Espace insécable attendue dans l’heure (17\u00A0h\u00A030).');
  }
  for (const m of text.matchAll(afterSign)) {
    const [, sign = '', gap = ''] = m;
    if (noBreak(gap)) continue;
    const end = m.index + sign.length + gap.length;
    if (context.inLiteral(m.index, end + 1)) continue;
    emit(m.index, end, `${sign}${NBSP}`, `Espace insécable attendue après ${q(sign)}.`);
  }
};
