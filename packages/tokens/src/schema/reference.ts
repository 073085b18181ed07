/**
 * DTCG 2025.10 references: a curly alias `"{color.blue.500}"` names a whole token; a JSON Pointer
 * `{ "$ref": "#/color/blue/500/$value" }` names a token's `$value` or any part of it
 * (`#/shadow/md/$value/color`, `#/gradient/$value/0/color`).
 */
export interface Reference {
  /** Dotted path of the token referred to. */
  readonly token: string;
  /** Keys and indices inside the token's value; empty for the whole value. */
  readonly subPath: readonly string[];
  /** As written, for messages: `{a.b}` or `#/a/b/$value/c`. */
  readonly written: string;
}

export type ParsedReference = Reference | { readonly error: string; readonly written: string };

/** A whole-value curly alias: `"{color.blue.500}"`. */
export const curlyAlias = /^\{([^{}]+)\}$/;

/** The reference `value` is, an error when it tries to be one and is malformed, undefined otherwise. */
export function parseReference(value: unknown): ParsedReference | undefined {
  if (typeof value === 'string') {
    const target = curlyAlias.exec(value)?.[1];
    return target === undefined ? undefined : { token: target, subPath: [], written: value };
  }
  if (!isPointerObject(value)) return undefined;
  const written = value.$ref;
  if (!written.startsWith('#/')) {
    return {
      error: `${JSON.stringify(written)} is not a JSON Pointer into this file (one starts with "#/")`,
      written,
    };
  }
  const segments = written
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (segments.some((segment) => segment === '')) {
    return { error: `${JSON.stringify(written)} has an empty segment ("//" or a trailing "/")`, written };
  }
  const valueAt = segments.indexOf('$value');
  if (valueAt <= 0) {
    return {
      error: `${JSON.stringify(written)} does not point at a token's $value (e.g. "#/color/blue/$value")`,
      written,
    };
  }
  const token = segments.slice(0, valueAt);
  if (token.some((segment) => segment.startsWith('$') || /[{}.]/.test(segment))) {
    return {
      error: `${JSON.stringify(written)} names no token: a token name has no "$", "{", "}" or "."`,
      written,
    };
  }
  return { token: token.join('.'), subPath: segments.slice(valueAt + 1), written };
}

export function isPointerObject(value: unknown): value is { $ref: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { $ref?: unknown }).$ref === 'string'
  );
}

/** Every `$ref` object anywhere inside a value (the value itself included). */
export function pointersIn(value: unknown): { $ref: string }[] {
  if (isPointerObject(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(pointersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(pointersIn);
  return [];
}

/** The part of `value` at `subPath`, or why there is none. */
export function valueAtPath(
  value: unknown,
  subPath: readonly string[],
): { value: unknown } | { missing: string } {
  let node = value;
  for (const [index, key] of subPath.entries()) {
    const where = subPath.slice(0, index + 1).join('/');
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(key) || Number(key) >= node.length) {
        return { missing: `${where}: no item ${JSON.stringify(key)} in an array of ${node.length}` };
      }
      node = node[Number(key)];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, key)) {
      node = (node as Record<string, unknown>)[key];
    } else {
      return { missing: `${where}: no such member` };
    }
  }
  return { value: node };
}
