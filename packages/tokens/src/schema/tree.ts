import type { Problem } from '@blason/core/problem';
import type { JsonDocument } from '../source/json.js';
import { type Cmyk, PRINT_EXTENSION, printExtension, UNIT_EXTENSION, unitExtension } from './extensions.js';
import { curlyAlias, isPointerObject, parseReference, pointersIn } from './reference.js';
import { checkValue, expectedValues, isTokenType, type TokenType, tokenTypes } from './values.js';

/** One token as written in a file, before references are resolved. */
export interface TokenDefinition {
  /** Dotted path: `color.text.default`. */
  readonly path: string;
  /** Declared on the token or inherited from a group; undefined for an untyped alias (typed by its target). */
  readonly type: TokenType | undefined;
  readonly value: unknown;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly description?: string;
  readonly deprecated?: boolean | string;
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** From `org.blason.print`. */
  readonly print?: { readonly cmyk: Cmyk; readonly pantone?: string };
  /** From `org.blason.unit`. */
  readonly unit?: 'mm';
  /** The token exists but its definition is broken (already reported): it counts as defined, never resolves. */
  readonly invalid?: true;
  /** Set on a token a group received through `$extends`: the path of the token it copies. */
  readonly inheritedFrom?: string;
  /**
   * Written without a `$type` inside a group that has `$extends`: typed by the token of the extended
   * group it overrides, once sources are merged (see `applyExtends`); its value is checked then.
   */
  readonly untyped?: true;
}

/** A group with `$extends`: it inherits every token of `target` it does not define itself. */
export interface GroupExtends {
  /** Dotted path of the extending group. */
  readonly path: string;
  /** Dotted path of the group it extends. */
  readonly target: string;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** A group's base token (DTCG 2025.10): `{ "$root": { "$value": … } }`, referenced as `{group.$root}`. */
export const ROOT_TOKEN = '$root';
/** The name `$root` takes in build outputs (`--blason-accent-root`). */
export const ROOT_OUTPUT_NAME = 'root';

const tokenKeys = new Set(['$value', '$ref', '$type', '$description', '$extensions', '$deprecated']);
const groupKeys = new Set(['$type', '$description', '$extensions', '$deprecated', '$schema', '$extends']);

/** The target path of a whole-value alias (`"{a.b}"` or `{ "$ref": "#/a/b/$value" }`), or undefined. */
export function aliasTarget(value: unknown): string | undefined {
  const reference = parseReference(value);
  return reference && 'token' in reference && reference.subPath.length === 0 ? reference.token : undefined;
}

/** The group `$extends` names: `"{a.b}"` or `{ "$ref": "#/a/b" }`. */
function extendsTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return curlyAlias.exec(value)?.[1];
  if (!isPointerObject(value) || !value.$ref.startsWith('#/')) return undefined;
  const segments = value.$ref.slice(2).split('/');
  return segments.some((segment) => segment === '' || segment.startsWith('$'))
    ? undefined
    : segments.join('.');
}

/**
 * Walks a DTCG document: every token with its inherited type, every group's `$extends` (applied once
 * the sources of a permutation are merged, see `mergeSources`), plus every structural problem.
 */
export function readTokenTree(document: JsonDocument): {
  tokens: TokenDefinition[];
  extending: GroupExtends[];
  problems: Problem[];
} {
  const tokens: TokenDefinition[] = [];
  const extending: GroupExtends[] = [];
  const problems: Problem[] = [];
  const at = (pointer: string[]) => document.position(pointer) ?? {};
  const report = (pointer: string[], problem: Omit<Problem, 'file' | 'path'>) =>
    problems.push({
      file: document.file,
      path: tokenPath(pointer),
      ...at(pointer),
      ...problem,
    });

  if (!isPlainObject(document.value)) {
    report([], {
      code: 'token/not-an-object',
      message: 'a token file must be a JSON object',
      expected: 'a DTCG group',
    });
    return { tokens, extending, problems };
  }

  const visit = (
    node: Record<string, unknown>,
    pointer: string[],
    inherited: TokenType | undefined,
    inheritedDeprecation: Deprecation,
    inExtendingGroup: boolean,
    typeReported: boolean,
  ) => {
    const isToken = '$value' in node || '$ref' in node;
    let brokenType = typeReported;
    const allowed = isToken ? tokenKeys : groupKeys;
    let type = inherited;
    const deprecated = readDeprecation(node, pointer, report) ?? inheritedDeprecation;
    if ('$type' in node) {
      if (isTokenType(node.$type)) type = node.$type;
      else {
        report([...pointer, '$type'], {
          code: 'token/unknown-type',
          message: `unknown $type ${JSON.stringify(node.$type)}`,
          expected: `one of ${tokenTypes.join(', ')}`,
        });
        if (isToken) {
          tokens.push({
            path: pointer.join('.'),
            type: undefined,
            value: node.$value,
            invalid: true,
            file: document.file,
            ...at(pointer),
          });
          return;
        }
        type = undefined;
        brokenType = true;
      }
    }
    if ('$description' in node && typeof node.$description !== 'string') {
      report([...pointer, '$description'], {
        code: 'token/invalid-description',
        message: `invalid $description ${JSON.stringify(node.$description)}`,
        expected: 'a string',
      });
    }
    if (!isToken && '$extends' in node) {
      const target = extendsTarget(node.$extends);
      if (target === undefined || pointer.length === 0) {
        report([...pointer, '$extends'], {
          code: 'token/invalid-extends',
          message:
            pointer.length === 0
              ? 'the root of a token file cannot have $extends'
              : `invalid $extends ${JSON.stringify(node.$extends)}`,
          expected: 'a reference to another group, e.g. "$extends": "{color.base}", on a named group',
        });
      } else {
        extending.push({ path: pointer.join('.'), target, file: document.file, ...at(pointer) });
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$') && !(key === ROOT_TOKEN && !isToken)) {
        if (!allowed.has(key)) {
          report([...pointer, key], {
            code: 'token/unknown-property',
            message: `unknown property ${key} on a ${isToken ? 'token' : 'group'}`,
            expected: [...allowed].join(', '),
          });
        }
        continue;
      }
      if (isToken) {
        report([...pointer, key], {
          code: 'token/nested-in-token',
          message: `"${key}" is nested inside a token`,
          expected: 'tokens to be leaves: a group holds tokens, a token holds $value',
        });
        continue;
      }
      if (/[.{}]/.test(key)) {
        report([...pointer, key], {
          code: 'token/invalid-name',
          message: `name "${key}" contains ".", "{" or "}"`,
          expected: 'a name without ".", "{" or "}"',
        });
        continue;
      }
      if (!isPlainObject(child)) {
        report([...pointer, key], {
          code: 'token/not-a-token',
          message: `"${key}" is neither a token nor a group (${JSON.stringify(child)})`,
          expected: 'an object with $value (a token) or an object of tokens (a group)',
        });
        continue;
      }
      visit(child, [...pointer, key], type, deprecated, inExtendingGroup || '$extends' in node, brokenType);
    }
    if (isToken) {
      const token = readToken(node, pointer, type, deprecated, inExtendingGroup, brokenType, report) ?? {
        path: pointer.join('.'),
        type,
        value: node.$value,
        invalid: true as const,
      };
      tokens.push({ ...token, file: document.file, ...at(pointer) });
    }
  };
  visit(document.value, [], undefined, undefined, false, false);
  return { tokens, extending, problems };
}

/** The token or group a pointer is in: everything before the first `$` member. */
function tokenPath(pointer: readonly string[]): string | undefined {
  const end = pointer.findIndex((part) => part.startsWith('$') && part !== ROOT_TOKEN);
  return (end < 0 ? pointer : pointer.slice(0, end)).join('.') || undefined;
}

type Report = (pointer: string[], problem: Omit<Problem, 'file' | 'path'>) => void;
type Deprecation = boolean | string | undefined;

/** `$deprecated` of a token or group (a group's applies to every token in it). */
function readDeprecation(node: Record<string, unknown>, pointer: string[], report: Report): Deprecation {
  const value = node.$deprecated;
  if (value === undefined || typeof value === 'boolean' || typeof value === 'string') return value;
  report([...pointer, '$deprecated'], {
    code: 'token/invalid-deprecated',
    message: `invalid $deprecated ${JSON.stringify(value)}`,
    expected: 'true, false or a string naming the replacement',
  });
  return undefined;
}

function readToken(
  node: Record<string, unknown>,
  pointer: string[],
  type: TokenType | undefined,
  deprecated: Deprecation,
  inExtendingGroup: boolean,
  typeReported: boolean,
  report: Report,
): Omit<TokenDefinition, 'file'> | undefined {
  const path = pointer.join('.');
  if ('$ref' in node && '$value' in node) {
    report([...pointer, '$ref'], {
      code: 'token/ref-and-value',
      message: 'token has both $ref and $value',
      expected: "either a $value or a $ref pointing at another token's $value",
    });
    return undefined;
  }
  // A token written `{ "$type": …, "$ref": "#/…/$value" }` has the pointed value as its value.
  const value = '$ref' in node ? { $ref: node.$ref } : node.$value;
  for (const reference of [value, ...pointersIn(value)]) {
    const parsed = parseReference(reference);
    if (parsed && 'error' in parsed) {
      report([...pointer, '$ref' in node ? '$ref' : '$value'], {
        code: 'token/invalid-reference',
        message: `invalid reference: ${parsed.error}`,
        expected: 'a reference "{group.token}" or { "$ref": "#/group/token/$value…" }',
      });
      return undefined;
    }
  }
  const isAlias = aliasTarget(value) !== undefined;
  if (type === undefined && !isAlias) {
    // In a group that extends another, the type may come from the token this one overrides.
    if (inExtendingGroup) return { path, type, value, untyped: true };
    // The group's $type is invalid and already reported: one fault, one message.
    if (typeReported) return undefined;
    report([...pointer, '$type'], {
      code: 'token/missing-type',
      message: 'token has no $type (on itself or a parent group)',
      expected: `a $type among ${tokenTypes.join(', ')}`,
    });
    return undefined;
  }
  // JSON Pointers inside the value are checked once followed (see resolveReferences).
  if (type !== undefined && !isAlias && pointersIn(value).length === 0) {
    const reason = checkValue(type, value);
    if (reason) {
      report([...pointer, '$value'], {
        code: `token/invalid-${kebab(type)}`,
        message: `invalid ${type} ${JSON.stringify(value)}: ${reason}`,
        expected: expectedValues[type],
      });
      return undefined;
    }
  }
  const token: { -readonly [K in keyof TokenDefinition]?: TokenDefinition[K] } = { path, type, value };
  if (typeof node.$description === 'string') token.description = node.$description;
  if (deprecated !== undefined) token.deprecated = deprecated;
  const extensions = node.$extensions;
  if (extensions !== undefined) {
    if (!isPlainObject(extensions)) {
      report([...pointer, '$extensions'], {
        code: 'token/invalid-extensions',
        message: '$extensions is not an object',
        expected: 'an object keyed by reverse-domain names',
      });
      return undefined;
    }
    token.extensions = extensions;
    if (PRINT_EXTENSION in extensions) {
      const print = printExtension.safeParse(extensions[PRINT_EXTENSION]);
      if (type !== undefined && type !== 'color') {
        report([...pointer, '$extensions', PRINT_EXTENSION], {
          code: 'token/invalid-print',
          message: `${PRINT_EXTENSION} on a ${type} token`,
          expected: 'print values on colour tokens only',
        });
      } else if (!print.success) {
        report([...pointer, '$extensions', PRINT_EXTENSION], {
          code: 'token/invalid-print',
          message: `invalid ${PRINT_EXTENSION} ${JSON.stringify(extensions[PRINT_EXTENSION])}`,
          expected: '{ "cmyk": [c, m, y, k] each 0–100, "pantone"?: "PANTONE …" }',
        });
      } else token.print = print.data;
    }
    if (UNIT_EXTENSION in extensions) {
      const unit = unitExtension.safeParse(extensions[UNIT_EXTENSION]);
      if (type !== 'number' || !unit.success) {
        report([...pointer, '$extensions', UNIT_EXTENSION], {
          code: 'token/invalid-unit',
          message: `invalid ${UNIT_EXTENSION} ${JSON.stringify(extensions[UNIT_EXTENSION])} on a ${type ?? 'untyped'} token`,
          expected: '"mm" on a number token',
        });
      } else token.unit = unit.data;
    }
  }
  return token as Omit<TokenDefinition, 'file'>;
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
