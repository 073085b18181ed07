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
  const visit = (node: HtmlNode) => {
    const location = node.sourceCodeLocation;
    if (node.nodeName === '#text' && node.value !== undefined && location) {
      const raw = source.slice(location.startOffset, location.endOffset);
      segments.push(alignSegment(node.value, raw, location.startOffset));
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
        alignSegment(attr.value, raw.slice(valueStart, raw.length - quoted), at.startOffset + valueStart),
      );
    }
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(root);
  return segments;
}
