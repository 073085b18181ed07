/** The template schemas as the API sends them (JSON Schema from zod), read to build the form. */
import { DATE_HINT } from './dates.js';

export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly format?: string;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  readonly anyOf?: readonly SchemaNode[];
}

export type FieldPath = readonly (string | number)[];

/** `content.items[2].label`: the way the API names a field in its problems. */
export function pathKey(path: FieldPath): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

export function valueAt(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** A copy of `root` with `value` at `path` (objects and arrays are created on the way). */
export function setAt(root: unknown, path: FieldPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(root)
    ? [...root]
    : { ...(root !== null && typeof root === 'object' ? root : {}) };
  const child = (container as Record<string | number, unknown>)[head];
  const next = setAt(child, rest, value);
  if (next === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[head];
  else (container as Record<string | number, unknown>)[head] = next;
  return container;
}

/** The node's own type, looking through `anyOf` (nullable or optional unions). */
export function typeOf(node: SchemaNode): string | undefined {
  if (typeof node.type === 'string') return node.type;
  if (Array.isArray(node.type)) return node.type.find((t) => t !== 'null');
  const inner = node.anyOf?.find((n) => n.type !== 'null');
  return inner ? typeOf(inner) : undefined;
}

export function resolved(node: SchemaNode): SchemaNode {
  if (node.type || !node.anyOf) return node;
  const inner = node.anyOf.find((n) => n.type !== 'null');
  return inner ? { ...inner, description: node.description ?? inner.description } : node;
}

/** A short French hint for values with a fixed shape. */
export function formatHint(node: SchemaNode): string | undefined {
  if (node.format === 'date') return DATE_HINT;
  if (node.pattern === '^([01]\\d|2[0-3]):[0-5]\\d$') return 'Format : HH:MM (ex. 09:30).';
  if (node.format === 'uri') return 'Adresse web complète, commençant par https://.';
  if (typeOf(node) === 'number' && node.minimum !== undefined && node.maximum !== undefined)
    return `Nombre entre ${node.minimum} et ${node.maximum}.`;
  return undefined;
}
