interface ElementLike {
  readonly type: unknown;
  readonly key?: unknown;
  readonly props: Record<string, unknown>;
}

function isElement(node: unknown): node is ElementLike {
  return node !== null && typeof node === 'object' && 'type' in node && 'props' in node;
}

/** Calls function components the way satori does, so the tree holds only host elements. */
export function expandElement(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(expandElement);
  if (!isElement(node)) return node;
  if (typeof node.type === 'function')
    return expandElement((node.type as (props: unknown) => unknown)(node.props));
  const children = node.props.children;
  if (children === undefined) return node;
  return { ...node, props: { ...node.props, children: expandElement(children) } };
}

/**
 * The SVG viewport already clips to the canvas; `overflow: hidden` on a canvas-sized root only
 * makes satori mask every descendant, and each mask costs librsvg a full-canvas offscreen surface
 * (measured: 300 ms → 35 ms for a 1080² visual). It is dropped from the root only.
 */
export function dropCanvasOverflow(node: unknown, size: { width: number; height: number }): unknown {
  if (!isElement(node) || typeof node.type !== 'string') return node;
  const style = node.props.style as Record<string, unknown> | undefined;
  const canvasSized = style?.width === size.width && style?.height === size.height;
  if (!style || !canvasSized || style.overflow !== 'hidden') return node;
  const { overflow: _dropped, ...rest } = style;
  return { ...node, props: { ...node.props, style: rest } };
}
