/**
 * Quotations and their nesting. French sets a quotation in « » and a quotation inside it in “ ”;
 * straight quotes are read as opening or closing from what surrounds them. A paragraph (text up to a
 * blank line) is parsed on its own; a mark that cannot be told or paired is left out.
 */
export interface QuoteMark {
  readonly index: number;
  readonly char: string;
}

export interface Quotation {
  readonly open: QuoteMark;
  readonly close: QuoteMark;
  /** 1 for a quotation, 2 for a quotation inside a quotation, and so on. */
  readonly depth: number;
}

const marks = /[«»“”"]|\n[^\S\n]*\n/gu;
const wordChar = /[\p{L}\p{M}\p{N}]/u;
/** What may stand just before an opening straight quote. */
const opensAfter = /[\s([{«“‘—–/-]/u;
/** What may stand just after a closing straight quote. */
const closesBefore = /[\s)\]}»”’.,;:!?…/-]/u;

function role(text: string, index: number, char: string): 'open' | 'close' | undefined {
  if (char === '«' || char === '“') return 'open';
  if (char === '»' || char === '”') return 'close';
  const before = index > 0 ? text.charAt(index - 1) : '';
  const after = index + 1 < text.length ? text.charAt(index + 1) : '';
  // Punctuation after a quote reads like a space after it (a fix may put one there): it closes.
  const opens = (before === '' || opensAfter.test(before)) && after !== '' && !closesBefore.test(after);
  const closes = before !== '' && !/\s/u.test(before) && (after === '' || closesBefore.test(after));
  if (opens === closes) return undefined; // 12"5, a lone " between spaces: not a quote we can read
  // A straight quote glued between two word characters is an inch or a typo, not a quotation.
  if (wordChar.test(before) && wordChar.test(after)) return undefined;
  return opens ? 'open' : 'close';
}

export function quotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  /** Straight quotes that could not be read: a quotation around one of them is left alone. */
  const unread: number[] = [];
  let stack: QuoteMark[] = [];
  for (const m of text.matchAll(marks)) {
    if (m[0].length > 1) {
      stack = []; // a blank line ends every quotation left open
      continue;
    }
    const mark = { index: m.index, char: m[0] };
    const kind = role(text, m.index, m[0]);
    if (kind === 'open') stack.push(mark);
    else if (kind === 'close') {
      const open = stack.pop();
      if (open && (unread.at(-1) ?? -1) < open.index)
        found.push({ open, close: mark, depth: stack.length + 1 });
    } else unread.push(m.index);
  }
  return found.sort((a, b) => a.open.index - b.open.index);
}
