import { parse, parseFragment } from 'parse5';
import { alignSegment, type Segment } from './segment.js';

/** Elements whose content is not prose. */
const skipped = new Set([
  'script',
  'style',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'template',
  'noscript',
  'svg',
  'math',
]);
/** Phrasing elements: text right after one continues the same line of prose. */
const inline = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
/** Attributes read by people (alternative text, tooltips, accessible names). */
const proseAttributes = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder']);

interface Location {
  startOffset: number;
  endOffset: number;
  attrs?: Record<string, { startOffset: number; endOffset: number }>;
}
interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: Location | null;
}

/** Text nodes and prose attributes of an HTML document or fragment. */
export function htmlSegments(source: string): Segment[] {
  const isDocument = /^\s*(?:<!doctype|<html)/i.test(source);
  const root = (isDocument
    ? parse(source, { sourceCodeLocationInfo: true })
    : parseFragment(source, { sourceCodeLocationInfo: true })) as unknown as HtmlNode;
  const segments: Segment[] = [];
  const visit = (node: HtmlNode, sibling?: HtmlNode) => {
    const location = node.sourceCodeLocation;
    if (node.nodeName === '#text' && node.value !== undefined && location) {
      const raw = source.slice(location.startOffset, location.endOffset);
      const extra =
        sibling && inline.has(sibling.nodeName) && location.startOffset > 0
          ? { before: source.charAt(location.startOffset - 1) }
          : undefined;
      segments.push(alignSegment(node.value, raw, location.startOffset, 'html', extra));
      return;
    }
    if (skipped.has(node.nodeName)) return;
    for (const attr of node.attrs ?? []) {
      const at = location?.attrs?.[attr.name];
      if (!proseAttributes.has(attr.name) || !at || attr.value.length === 0) continue;
      const raw = source.slice(at.startOffset, at.endOffset);
      const valueStart = raw.search(/=\s*["']?/) + (raw.match(/=\s*["']?/)?.[0].length ?? 0);
      const quoted = /["']$/.test(raw) ? 1 : 0;
      segments.push(
        alignSegment(
          attr.value,
          raw.slice(valueStart, raw.length - quoted),
          at.startOffset + valueStart,
          'html',
        ),
      );
    }
    let previous: HtmlNode | undefined;
    for (const child of node.childNodes ?? []) {
      visit(child, previous);
      previous = child;
    }
  };
  visit(root);
  return segments;
}
