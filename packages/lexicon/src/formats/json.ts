import { alignSegment, type Segment } from './segment.js';

/** Thrown when a `.json` content file is not valid JSON; carries the offset of the error. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Last words of keys whose values are typed, not written: ids, codes, addresses, handles, colours. */
const codeWords = new Set([
  'id',
  'ids',
  'uuid',
  'slug',
  'key',
  'code',
  'codes',
  'ref',
  'sku',
  'siret',
  'siren',
  'rna',
  'naf',
  'ape',
  'tva',
  'vat',
  'iban',
  'bic',
  'isbn',
  'ean',
  'insee',
  'zip',
  'zipcode',
  'postcode',
  'cp',
  'phone',
  'tel',
  'telephone',
  'mobile',
  'fax',
  'email',
  'mail',
  'url',
  'urls',
  'uri',
  'href',
  'src',
  'path',
  'file',
  'filename',
  'handle',
  'hashtag',
  'hashtags',
  'twitter',
  'instagram',
  'facebook',
  'linkedin',
  'mastodon',
  'color',
  'colour',
  'hex',
  'hash',
  'sha256',
  'token',
  'icon',
  'class',
  'classname',
  'lang',
  'locale',
  'mime',
]);

/**
 * Whether a key holds a code rather than prose: its last word (camelCase, snake_case, kebab-case)
 * is one of `codeWords` ("partnerId", "postal_code", "site-url", "SIRET").
 */
export function isCodeKey(key: string): boolean {
  const words = key
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .split(/[\s_\-.]+/u)
    .filter(Boolean);
  const last = words.at(-1)?.toLowerCase();
  return last !== undefined && codeWords.has(last);
}

/**
 * String values of a JSON content file, each with its JSON path (`items[2].label`) and its exact
 * place in the file. Keys are not prose and are not returned, nor are values under code-like keys
 * (`isCodeKey`): an id, a SIRET or a URL is never grouped or rewritten.
 */
export function jsonSegments(source: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;

  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at offset ${i}`, i);
  };
  const skipSpace = () => {
    while (i < source.length && ' \t\n\r\uFEFF'.includes(source[i] as string)) i++;
  };
  const readString = (): { value: string; start: number; end: number } => {
    const start = i;
    i++;
    while (i < source.length && source[i] !== '"') {
      if (source[i] === '\\') i++;
      else if ((source.charCodeAt(i) ?? 0) < 0x20) fail('control character in string');
      i++;
    }
    if (i >= source.length) fail('unterminated string');
    i++;
    let value: string;
    try {
      value = JSON.parse(source.slice(start, i)) as string;
    } catch {
      return fail('invalid escape in string');
    }
    return { value, start: start + 1, end: i - 1 };
  };
  const readValue = (path: string, field: string | undefined): void => {
    skipSpace();
    const char = source[i];
    if (char === '"') {
      const { value, start, end } = readString();
      if (value.length > 0 && (field === undefined || !isCodeKey(field)))
        segments.push(alignSegment(value, source.slice(start, end), start, 'json', { path, field }));
    } else if (char === '{') {
      i++;
      skipSpace();
      if (source[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (source[i] !== '"') fail('expected a key');
        const key = readString().value;
        skipSpace();
        if (source[i] !== ':') fail('expected ":"');
        i++;
        const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
        readValue(path ? (safe === key ? `${path}.${key}` : `${path}[${safe}]`) : safe, key);
        skipSpace();
        if (source[i] === ',') i++;
        else if (source[i] === '}') {
          i++;
          return;
        } else fail('expected "," or "}"');
      }
    } else if (char === '[') {
      i++;
      skipSpace();
      if (source[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        readValue(`${path}[${index}]`, field);
        skipSpace();
        if (source[i] === ',') i++;
        else if (source[i] === ']') {
          i++;
          return;
        } else fail('expected "," or "]"');
      }
    } else {
      const literal = source.slice(i).match(/^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/);
      if (!literal) fail('unexpected character');
      i += literal?.[0].length ?? 0;
    }
  };

  readValue('', undefined);
  skipSpace();
  if (i < source.length) fail('unexpected content after the JSON value');
  return segments;
}
