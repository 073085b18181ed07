import type { Problem } from '@blason/core/problem';
import type { LoadedFonts } from './fonts.js';

/** Characters that draw nothing and need no glyph (line breaks, joiners, variation selectors). */
const INVISIBLE = new Set([0x0a, 0x0d, 0x09, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, ...range(0xfe00, 0xfe0f)]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export interface TextField {
  /** Where the text comes from, as the officer knows it: `titre`, `chiffres[1].libelle`. */
  readonly path: string;
  readonly text: string;
  /** File the text was read from, when known. */
  readonly file?: string;
}

/**
 * One problem per character that no embedded font can draw, naming the character, its code
 * point and the field, so the render never shows a blank box ("tofu").
 */
export function findMissingGlyphs(fields: readonly TextField[], fonts: LoadedFonts): Problem[] {
  const problems: Problem[] = [];
  for (const field of fields) {
    const seen = new Set<number>();
    for (const char of field.text) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (seen.has(codePoint) || INVISIBLE.has(codePoint) || fonts.covers(codePoint)) continue;
      seen.add(codePoint);
      problems.push({
        code: 'render/missing-glyph',
        severity: 'error',
        ...(field.file ? { file: field.file } : {}),
        path: field.path,
        message: `le caractère « ${char} » (${codePointLabel(codePoint)}) du champ « ${field.path} » n’existe dans aucune police embarquée (${fonts.families.join(', ')}) : remplacez-le ou supprimez-le`,
      });
    }
  }
  return problems;
}

export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Every string a React element tree will draw, function components expanded the way satori
 * expands them, so text added by a template (partner name, contact line) is checked too.
 */
export function elementTexts(node: unknown, out: string[] = []): string[] {
  if (node === null || node === undefined || typeof node === 'boolean') return out;
  if (typeof node === 'string' || typeof node === 'number') {
    out.push(String(node));
    return out;
  }
  if (Array.isArray(node)) {
    for (const child of node) elementTexts(child, out);
    return out;
  }
  if (typeof node === 'object' && 'props' in node) {
    const element = node as { type: unknown; props: Record<string, unknown> };
    if (typeof element.type === 'function') {
      return elementTexts((element.type as (props: unknown) => unknown)(element.props), out);
    }
    if (element.type === 'svg' || element.type === 'img') return out;
    elementTexts(element.props.children, out);
  }
  return out;
}
