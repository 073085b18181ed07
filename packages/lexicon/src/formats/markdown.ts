import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { alignSegment, type Segment } from './segment.js';

/** Text nodes of a Markdown document (code, inline code, HTML and URLs are not prose). */
export function markdownSegments(source: string): Segment[] {
  const segments: Segment[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) {
        segments.push(alignSegment(node.value, source.slice(start, end), start));
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(fromMarkdown(source));
  return segments;
}
