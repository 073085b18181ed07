import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { alignSegment, type Segment } from './segment.js';

/** Text nodes and image alternative texts of a Markdown document (code, HTML and URLs are not prose). */
export function markdownSegments(source: string): Segment[] {
  const segments: Segment[] = [];
  const visit = (node: Nodes, afterSibling = false) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) {
        const extra = afterSibling && start > 0 ? { before: source.charAt(start - 1) } : undefined;
        segments.push(alignSegment(node.value, source.slice(start, end), start, 'markdown', extra));
      }
      return;
    }
    if (node.type === 'image' && node.alt) {
      const alt = imageAlt(source, node.position?.start.offset, node.position?.end.offset);
      if (alt) segments.push(alignSegment(node.alt, alt.raw, alt.start, 'markdown'));
      return;
    }
    if (!('children' in node)) return;
    node.children.forEach((child, i) => {
      visit(child as Nodes, i > 0);
    });
  };
  visit(fromMarkdown(source));
  return segments;
}

/** The raw alternative text of an inline image `![alt](url)`, where the parser does not locate it. */
function imageAlt(source: string, start?: number, end?: number): { raw: string; start: number } | undefined {
  if (start === undefined || end === undefined || !source.startsWith('![', start)) return undefined;
  const close = source.lastIndexOf('](', end);
  if (close <= start + 2) return undefined;
  return { raw: source.slice(start + 2, close), start: start + 2 };
}
