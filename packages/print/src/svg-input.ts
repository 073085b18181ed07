import { type Problem, rewriteSvgRoot, svgRootTag } from '@blason/core';
import { parseLength, parseViewBox } from './subset/geometry.js';

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
  const box = declared === undefined ? undefined : parseViewBox(declared);
  if (box) return [...box];
  const width = parseLength(attributes.get('width')) ?? 0;
  const height = parseLength(attributes.get('height')) ?? 0;
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
