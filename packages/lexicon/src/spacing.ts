/**
 * `@blason/lexicon/spacing`: French spacing of a message at the point where it is shown (a command's
 * output, an API answer, the studio's page), so the literals that word messages keep plain spaces.
 * Browser-safe and dependency-free but for `@blason/core/french`: loading it costs a command nothing.
 */
import { NBSP, NNBSP } from '@blason/core/french';

// The spaces are those the sample lexicon asks for (tokens/lexicon/typography.lexicon.yaml): U+00A0
// inside « » and before « : » (rules guillemets, nbsp-colon), U+202F before « ; ! ? »
// (nnbsp-punctuation).
const openingSpace = /« (?=\S)/g;
const closingSpace = /(?<=\S) »/g;
/**
 * The space before : ; ! ? when a word (anything but a space, an opening quote or bracket, or another
 * of these marks) stands before it and a space, a closing bracket or quote, ? or ! or the end of the
 * text follows it: « 17:30 », « http:// », « C:\ », « a :b », « !== », « key: value » and a file
 * named « Fête !.yaml » are left as they are.
 */
const spaceBeforeMark = /(?<=[^\s«“‘([{:;!?]) ([:;!?])(?=\s|$|[)\]»”’!?])/g;

/**
 * French spacing of a message: a plain space after « and before » becomes U+00A0; before : (U+00A0)
 * and ; ! ? (U+202F) when the mark follows a word and ends one. Only the one plain space next to a
 * mark is replaced; nothing is inserted, other spaces are kept, and text without « » or a space
 * before these marks (English) comes back unchanged.
 */
export function frenchSpacing(message: string): string {
  return message
    .replace(openingSpace, `«${NBSP}`)
    .replace(closingSpace, `${NBSP}»`)
    .replace(spaceBeforeMark, (_, mark: string) => `${mark === ':' ? NBSP : NNBSP}${mark}`);
}
