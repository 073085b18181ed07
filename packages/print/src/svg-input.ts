import { type Problem, rewriteSvgRoot, svgRootTag } from '@blason/core';

/** The SVG to draw, with its root sized in points and the size it was drawn at. */
export interface PreparedSvg {
  readonly svg: string;
  /** Width and height of the SVG's own coordinate system (viewBox), in user units (px). */
  readonly viewBoxWidth: number;
  readonly viewBoxHeight: number;
}

/**
 * Sizes the root `<svg>` to the target box in points (svg-to-pdfkit otherwise reads
 * `width="1789"` as pixels and ignores the page), keeping its coordinate system in a viewBox.
 */
export function prepareSvg(svg: string, widthPt: number, heightPt: number): PreparedSvg | Problem {
  const root = svgRootTag(svg);
  if (!root) return { code: 'print/not-svg', message: 'the input has no <svg> root element' };
  const viewBox = readViewBox(root.attributes);
  if (!viewBox) {
    return {
      code: 'print/svg-size',
      message: 'the SVG root has neither a viewBox nor numeric width and height',
      expected: 'viewBox="0 0 w h" or width and height in px',
    };
  }
  const sized = rewriteSvgRoot(svg, {
    first: {
      width: String(widthPt),
      height: String(heightPt),
      viewBox: viewBox.join(' '),
      preserveAspectRatio: 'none',
    },
  });
  return { svg: sized, viewBoxWidth: viewBox[2], viewBoxHeight: viewBox[3] };
}

function readViewBox(attributes: ReadonlyMap<string, string>): [number, number, number, number] | undefined {
  const declared = attributes.get('viewBox');
  if (declared) {
    const parts = declared
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const [x = 0, y = 0, width = 0, height = 0] = parts;
    if (parts.length === 4 && parts.every(Number.isFinite) && width > 0 && height > 0) {
      return [x, y, width, height];
    }
  }
  const length = (name: string) => Number(/^([\d.]+)(?:px)?$/.exec(attributes.get(name) ?? '')?.[1]);
  const width = length('width');
  const height = length('height');
  return width > 0 && height > 0 ? [0, 0, width, height] : undefined;
}

/**
 * Refuses what a print file must not pull in: scripts, foreign objects and references
 * to anything outside the SVG (only `#id` and `data:` URIs are allowed).
 */
export function unsafeSvgProblems(svg: string): Problem[] {
  const problems: Problem[] = [];
  if (/<script\b/i.test(svg)) {
    problems.push({ code: 'print/svg-script', message: 'the SVG contains a <script> element' });
  }
  if (/<foreignObject\b/i.test(svg)) {
    problems.push({ code: 'print/svg-foreign-object', message: 'the SVG contains a <foreignObject>' });
  }
  for (const match of svg.matchAll(/\s(?:xlink:)?href\s*=\s*"([^"]*)"/g)) {
    const target = (match[1] ?? '').trim();
    if (target.startsWith('#') || target.startsWith('data:')) continue;
    problems.push({
      code: 'print/external-reference',
      message: `the SVG refers to an outside resource: ${target.slice(0, 80)}`,
      expected: 'only #id references and data: URIs',
    });
  }
  for (const match of svg.matchAll(/url\(\s*['"]?([^)'"]*)/g)) {
    const target = (match[1] ?? '').trim();
    if (target.startsWith('#') || target.startsWith('data:')) continue;
    problems.push({
      code: 'print/external-reference',
      message: `the SVG refers to an outside resource: ${target.slice(0, 80)}`,
      expected: 'only #id references and data: URIs',
    });
  }
  return problems;
}
