const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for XML or HTML: element content and quoted attribute values alike. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

const CHARACTERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ENTITIES).map(([char, entity]) => [entity, char]),
);

/** The text `escapeMarkup` escaped (element content or an attribute value read back). */
export function unescapeMarkup(markup: string): string {
  return markup.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => CHARACTERS[entity] ?? entity);
}

const SVG_ROOT = /<svg\b[^>]*>/;
const ATTRIBUTE = /\b([a-zA-Z][\w:.-]*)="([^"]*)"/g;

/** The double-quoted attributes of a tag's text (`x1="0" stroke-width="2"`), by name, in order. */
export function markupAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(ATTRIBUTE)) attributes.set(name as string, value as string);
  return attributes;
}

/** The root `<svg …>` start tag of a document: its text, where it starts, and its attributes. */
export interface SvgRootTag {
  readonly text: string;
  readonly index: number;
  /** Attribute values by name, in document order. */
  readonly attributes: ReadonlyMap<string, string>;
}

/** Reads the first `<svg …>` start tag of a document (SVG written by satori, resvg and this repo). */
export function svgRootTag(svg: string): SvgRootTag | undefined {
  const match = SVG_ROOT.exec(svg);
  if (!match) return undefined;
  return { text: match[0], index: match.index, attributes: markupAttributes(match[0]) };
}

export interface SvgRootChange {
  /** Attributes written first in the tag, in this order, replacing any of the same name. */
  readonly first?: Readonly<Record<string, string>>;
  /** Attributes added at the end of the tag. */
  readonly last?: Readonly<Record<string, string>>;
  /** Markup inserted right after the tag (a `<title>`, a first drawn element). */
  readonly after?: string;
}

/**
 * The document with its root `<svg …>` tag rewritten; its other attributes and the rest of the
 * document are kept byte for byte. A document without a root is returned unchanged.
 */
export function rewriteSvgRoot(svg: string, change: SvgRootChange): string {
  const root = svgRootTag(svg);
  if (!root) return svg;
  const attributeText = (attributes: Readonly<Record<string, string>> = {}) =>
    Object.entries(attributes)
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('');
  let tag = root.text;
  for (const name of Object.keys(change.first ?? {})) {
    tag = tag.replace(new RegExp(`\\s${name}="[^"]*"`, 'g'), '');
  }
  const close = tag.endsWith('/>') ? 2 : 1;
  tag = `<svg${attributeText(change.first)}${tag.slice(4, tag.length - close)}${attributeText(change.last)}${tag.slice(tag.length - close)}`;
  const end = root.index + root.text.length;
  return `${svg.slice(0, root.index)}${tag}${change.after ?? ''}${svg.slice(end)}`;
}

/** A length in pixels, `1080` or `1080px`; undefined for any other unit or a missing value. */
function pixels(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^(\d+(?:\.\d+)?)(?:px)?$/.exec(value);
  return match ? Number(match[1]) : undefined;
}

/**
 * The size an SVG's root element states in pixels (`width="1080" height="1350"`), read from the
 * root alone; undefined when it states none (a relative size, only a viewBox).
 */
export function svgRootSize(svg: string): { width: number; height: number } | undefined {
  const root = svgRootTag(svg);
  const width = pixels(root?.attributes.get('width'));
  const height = pixels(root?.attributes.get('height'));
  if (width === undefined || height === undefined) return undefined;
  return { width, height };
}
