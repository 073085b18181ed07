/** French quotation with no-break spaces inside the guillemets. */
export function q(text: string): string {
  return `«\u00A0${text}\u00A0»`;
}

/** Gives `replacement` the case pattern of `found`: all capitals, initial capital, or as written. */
export function matchCase(found: string, replacement: string): string {
  const letters = found.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = found.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
