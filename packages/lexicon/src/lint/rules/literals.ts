/**
 * Stretches of a text that are typed, not written: web and e-mail addresses, URI schemes, code
 * spans, social handles and hashtags, code identifiers, file names. Typography rules leave them as
 * they are ("achats:condensateurs" is missing a space, "mailto:contact@capso.fr" is not).
 */
const literalPatterns: readonly RegExp[] = [
  // Web addresses, with or without a scheme.
  /\b(?:https?|ftp|sftp|wss?):\/\/[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?)\]]/giu,
  /\bwww\.[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?)\]]/giu,
  // URI schemes written in prose: mailto:, tel:, urn:…
  /\b(?:mailto|tel|sms|urn|geo|data|file|callto|skype):[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?)\]]/giu,
  // E-mail addresses.
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // Social handles and hashtags: "@capso", "#PaysDeSaintOmer2026".
  /(?<![\p{L}\p{N}_])[@#][\p{L}\p{N}_][\p{L}\p{M}\p{N}_.-]*(?<![.-])/gu,
  // Inline code between backticks (plain text; Markdown code is not prose at all).
  /`[^`\n]+`/gu,
  // Identifiers: snake_case, namespaces (std::vector), dotted paths with a lower-case tail (manifest.json, site.fr/page).
  /[\p{L}\p{N}]*_[\p{L}\p{N}_]*/gu,
  /[\p{L}\p{N}_.]+::[\p{L}\p{N}_.:]+/gu,
  /(?<![\p{L}\p{N}])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:fr|com|org|net|eu|io|gouv|bzh|info|json|ya?ml|md|html?|css|js|ts|tsx|pdf|png|jpe?g|svg|webp|txt|csv|zip|docx?|xlsx?)(?![\p{L}\p{N}])(?:\/[^\s<>«»"“”]*)?/gu,
  // Drive and folder paths: C:\Documents, ./dossier, ../dossier.
  /\b[A-Za-z]:\\[^\s]*/gu,
];

/** Sorted, merged [start, end) ranges of the literals in a text, with a fast membership test. */
export class Literals {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string) {
    const ranges: [number, number][] = [];
    for (const pattern of literalPatterns) {
      for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
    }
    ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [start, end] of ranges) {
      const last = this.ends.length - 1;
      if (last >= 0 && start <= (this.ends[last] ?? 0)) {
        this.ends[last] = Math.max(this.ends[last] ?? 0, end);
      } else {
        this.starts.push(start);
        this.ends.push(end);
      }
    }
  }

  /** Whether any part of [start, end) lies inside a literal. */
  overlaps(start: number, end = start + 1): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.ends[mid] ?? 0) <= start) low = mid + 1;
      else high = mid;
    }
    return low < this.starts.length && (this.starts[low] ?? 0) < end;
  }
}
