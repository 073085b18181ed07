/** U+2060 WORD JOINER: forbids a line break on either side and draws nothing. */
export const WORD_JOINER = '\u2060';

/**
 * Keeps hyphenated words on one line ("Inscrivez-vous", "Saint-Omer"): satori breaks after a
 * plain hyphen, and the embedded fonts have no non-breaking hyphen (U+2011), so the hyphen is
 * wrapped in word joiners instead.
 */
export function joinHyphenatedWords(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, `${WORD_JOINER}-${WORD_JOINER}`);
}

/** Applies `joinHyphenatedWords` to every string of a content object, keeping its shape. */
export function prepareContentText<T>(content: T, skipKeys: ReadonlySet<string> = NON_TEXT_KEYS): T {
  return mapStrings(content, (text) => joinHyphenatedWords(text), skipKeys) as T;
}

/** Keys of content fields that hold paths, ids or URLs rather than text to draw. */
export const NON_TEXT_KEYS: ReadonlySet<string> = new Set([
  'id',
  'image',
  'src',
  'href',
  'url',
  'shortUrl',
  'email',
  'website',
  'date',
  'startTime',
  'endTime',
  'deadline',
  'time',
  'path',
  'file',
  'axis',
  'focal',
  'focalPoint',
  'alt',
  'template',
  'partner',
  'cosigners',
  'composition',
  'partners',
  'formats',
  'mode',
]);

/** Every drawable string of a content object with its path (`figures[1].label`). */
export function textFields(
  value: unknown,
  skipKeys: ReadonlySet<string> = NON_TEXT_KEYS,
  path = '',
): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => textFields(item, skipKeys, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !skipKeys.has(key))
      .flatMap(([key, child]) => textFields(child, skipKeys, path ? `${path}.${key}` : key));
  }
  return [];
}

function mapStrings(value: unknown, map: (text: string) => string, skipKeys: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map, skipKeys));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        key,
        skipKeys.has(key) ? child : mapStrings(child, map, skipKeys),
      ]),
    );
  }
  return value;
}
