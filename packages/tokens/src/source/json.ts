import type { Problem } from '@blason/core/problem';
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';

/** A JSON document read strictly (no comments, no trailing commas) with the position of every member. */
export interface JsonDocument {
  readonly file: string;
  readonly value: unknown;
  /** Line and column (1-based) of the member at `pointer` (object keys / array indices), if it exists. */
  position(pointer: readonly (string | number)[]): { line: number; column: number } | undefined;
}

export type JsonReadResult =
  | { readonly ok: true; readonly document: JsonDocument }
  | { readonly ok: false; readonly problems: Problem[] };

/** Parses `text`; malformed JSON yields one problem per syntax error with its line and column. */
export function parseJson(text: string, file: string): JsonReadResult {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const lines = lineStarts(text);
  if (errors.length > 0 || root === undefined) {
    const problems = syntaxFaults(text, errors).map((fault) => ({
      code: 'json/syntax',
      message: `malformed JSON: ${fault.message}`,
      file,
      ...toLineColumn(lines, fault.offset),
      expected: 'strict JSON (no comments, no trailing commas)',
    }));
    if (problems.length === 0)
      problems.push({
        code: 'json/syntax',
        message: 'empty JSON document',
        file,
        ...toLineColumn(lines, 0),
        expected: 'a JSON object',
      });
    return { ok: false, problems };
  }
  const positions = new Map<string, number>();
  const value = toValue(root, [], positions);
  return {
    ok: true,
    document: {
      file,
      value,
      position(pointer) {
        const offset = positions.get(pointerKey(pointer));
        return offset === undefined ? undefined : toLineColumn(lines, offset);
      },
    },
  };
}

/**
 * One fault, one message: jsonc-parser reports a trailing comma twice at the closing bracket ("property
 * name expected", then "value expected"); it becomes one "trailing comma" at the comma itself, and any
 * other errors at one offset are told once (the first, which names the cause).
 */
function syntaxFaults(text: string, errors: readonly ParseError[]): { offset: number; message: string }[] {
  const faults = new Map<number, string>();
  for (const error of errors) {
    const comma = trailingCommaBefore(text, error.offset);
    const offset = comma ?? error.offset;
    if (faults.has(offset)) continue;
    faults.set(
      offset,
      comma === undefined
        ? describeParseError(printParseErrorCode(error.error))
        : `trailing comma before "${text[error.offset]}"`,
    );
  }
  return [...faults].map(([offset, message]) => ({ offset, message }));
}

/** The offset of a comma that directly precedes (whitespace aside) a closing bracket at `offset`. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  if (text[offset] !== '}' && text[offset] !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  return text[i] === ',' ? i : undefined;
}

function describeParseError(code: string): string {
  // jsonc-parser names errors in PascalCase ("CommaExpected"); make them a readable phrase.
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function pointerKey(pointer: readonly (string | number)[]): string {
  return pointer.map(String).join('\u0000');
}

function toValue(node: Node, pointer: (string | number)[], positions: Map<string, number>): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        const childPointer = [...pointer, key];
        positions.set(pointerKey(childPointer), keyNode.offset);
        object[key] = toValue(valueNode, childPointer, positions);
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map((child, index) => {
        const childPointer = [...pointer, index];
        positions.set(pointerKey(childPointer), child.offset);
        return toValue(child, childPointer, positions);
      });
    default:
      return node.value;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function toLineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
