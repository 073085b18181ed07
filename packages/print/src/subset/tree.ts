import { SaxesParser } from 'saxes';

/** One SVG element: its name, attributes and child elements (text is dropped: it is never drawn). */
export interface SvgNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly SvgNode[];
}

/** Reads an SVG document into its element tree, or undefined when it is not well-formed XML. */
export function parseSvgTree(svg: string): SvgNode | undefined {
  const parser = new SaxesParser();
  const root: { children: SvgNode[] } = { children: [] };
  const open: { children: SvgNode[] }[] = [root];
  parser.on('opentag', (tag) => {
    const node = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] };
    open.at(-1)?.children.push(node);
    open.push(node);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  try {
    parser.write(svg).close();
  } catch {
    return undefined;
  }
  return root.children.length === 1 ? root.children[0] : undefined;
}

/** Every element with an `id`, by id (the first one wins, as in a browser). */
export function elementsById(root: SvgNode): ReadonlyMap<string, SvgNode> {
  const byId = new Map<string, SvgNode>();
  const visit = (node: SvgNode) => {
    const id = node.attributes.id;
    if (id !== undefined && !byId.has(id)) byId.set(id, node);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return byId;
}
