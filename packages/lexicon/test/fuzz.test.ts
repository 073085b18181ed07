import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { type Finding, fixText, type Lexicon, lintText, loadLexicon, tokenize } from '../src/index.js';

const lexiconDir = new URL('../../../tokens/lexicon', import.meta.url).pathname;
let lexicon: Lexicon;

beforeAll(async () => {
  lexicon = await loadLexicon({ lexiconDir });
});

/** Every space a French text may hold, breaking or not. */
const frenchSpaces = [
  ' ',
  '\u00A0',
  '\u202F',
  '\u2009',
  '\u2007',
  '\u2002',
  '\u2003',
  '\u200A',
  '\t',
  '\n',
  '\r\n',
];
const combiningMarks = ['\u0301', '\u0300', '\u0302', '\u0308', '\u0327', '\u0323'];
const pieces = [
  ...frenchSpaces,
  ...combiningMarks,
  ...':;!?«»“”"\'’‘….,·‧•-‑–()/0123456789@',
  'a',
  'e',
  'é',
  'É',
  's',
  'l',
  'd',
  'qu',
  'Pays',
  'de',
  'St',
  'Saint',
  'Omer',
  'CAPSO',
  'Capso',
  'workshop',
  'newsletter',
  'best',
  'practices',
  'e-mail',
  'mail',
  'habitant',
  'élu',
  'ème',
  '1',
  '52560',
  '2 190',
  'https://exemple.fr',
  'www.',
  '.se',
  'XIX',
  'n°',
  'email',
];
const frenchish = fc.array(
  fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3, unit: 'grapheme' })),
  {
    maxLength: 60,
  },
);
const dense = fc.array(fc.constantFrom(...pieces), { maxLength: 60 });
const anyText = fc.oneof(
  { weight: 3, arbitrary: dense.map((parts) => parts.join('')) },
  { weight: 2, arbitrary: frenchish.map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80, unit: 'binary' }) },
);
const channel = fc.constantFrom(undefined, 'web', 'social', 'print', 'official' as const);

/** The text outside the reported ranges must come through unchanged and in order. */
function outsideRangesUnchanged(original: string, fixed: string, findings: readonly Finding[]): boolean {
  const ranges = [...findings].sort((a, b) => a.offset - b.offset);
  const gaps: string[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.offset > cursor) gaps.push(original.slice(cursor, range.offset));
    else if (gaps.length === 0 && range.offset === cursor) gaps.push('');
    cursor = Math.max(cursor, range.offset + range.length);
  }
  const tail = original.slice(cursor);
  if (ranges.length === 0) return fixed === original;
  const head = ranges[0]?.offset === 0 ? '' : (gaps.shift() ?? '');
  if (!fixed.startsWith(head) || !fixed.endsWith(tail)) return false;
  let position = head.length;
  for (const gap of gaps) {
    const found = fixed.indexOf(gap, position);
    if (found === -1) return false;
    position = found + gap.length;
  }
  return position <= fixed.length - tail.length;
}

describe('fuzz', () => {
  test('the tokenizer returns ordered, non-overlapping words inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let end = 0;
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(end);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end).toBeLessThanOrEqual(text.length);
          end = token.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  test('every finding points at the text it reports', () => {
    fc.assert(
      fc.property(anyText, channel, (text, ch) => {
        for (const finding of lintText(text, { lexicon, channel: ch })) {
          expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.found);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('fixText is idempotent and never changes text outside a reported range', () => {
    fc.assert(
      fc.property(anyText, channel, (text, ch) => {
        const options = { lexicon, channel: ch };
        const fixed = fixText(text, options).text;
        expect(fixText(fixed, options).text).toBe(fixed);
        expect(outsideRangesUnchanged(text, fixed, lintText(text, options))).toBe(true);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });

  const markup = fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...pieces) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '*',
            '_',
            '`',
            '#',
            '> ',
            '- ',
            '\\',
            '[',
            ']',
            '(',
            ')',
            '<b>',
            '</b>',
            '<p>',
            '</p>',
            '&nbsp;',
            '&amp;',
            '&#x202F;',
            '<!-- x -->',
            '<code>',
            '![',
            '](a.png)',
            '<img alt="',
            '">',
            '</code>',
          ),
        },
      ),
      { maxLength: 50 },
    )
    .map((parts) => parts.join(''));

  test('JSON content files: fixes stay in their ranges and keep the file valid JSON', () => {
    const content = fc
      .dictionary(fc.constantFrom('title', 'body', 'label', 'alt'), anyText, { maxKeys: 4 })
      .map((values) => JSON.stringify(values, null, 1));
    fc.assert(
      fc.property(content, channel, (text, ch) => {
        const options = { lexicon, format: 'json' as const, channel: ch };
        const findings = lintText(text, options);
        const fixed = fixText(text, options).text;
        expect(() => JSON.parse(fixed)).not.toThrow();
        expect(fixText(fixed, options).text).toBe(fixed);
        expect(outsideRangesUnchanged(text, fixed, findings)).toBe(true);
      }),
      { numRuns: Math.ceil(Number(process.env.FUZZ_RUNS ?? 3000) / 3) },
    );
  });

  test.each(['markdown', 'html'] as const)(
    '%s: findings point at their text; fixes stay in their ranges',
    (format) => {
      fc.assert(
        fc.property(markup, (text) => {
          const options = { lexicon, format };
          const findings = lintText(text, options);
          for (const finding of findings) {
            expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.found);
          }
          const fixed = fixText(text, options).text;
          expect(fixText(fixed, options).text).toBe(fixed);
          expect(outsideRangesUnchanged(text, fixed, findings)).toBe(true);
        }),
        { numRuns: Math.ceil(Number(process.env.FUZZ_RUNS ?? 3000) / 3) },
      );
    },
  );
});
