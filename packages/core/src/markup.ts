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

const SVG_ROOT = /<svg\b[^>]*>/;
const pixelLength = (root: string, name: string) =>
  new RegExp(`\\s${name}="(\\d+(?:\\.\\d+)?)(?:px)?"`).exec(root)?.[1];

/**
 * The size an SVG's root element states in pixels (`width="1080" height="1350"`), read from the
 * root alone; undefined when it states none (a relative size, only a viewBox).
 */
export function svgRootSize(svg: string): { width: number; height: number } | undefined {
  const root = SVG_ROOT.exec(svg)?.[0];
  const width = root ? pixelLength(root, 'width') : undefined;
  const height = root ? pixelLength(root, 'height') : undefined;
  if (width === undefined || height === undefined) return undefined;
  return { width: Number(width), height: Number(height) };
}
