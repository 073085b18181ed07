/** An affine matrix `[a b c d e f]`, as in SVG's `matrix()` and PDF's `cm`. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `a` after `b`: the matrix of the transform list « a b » (b applies to points first). */
export function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A plain number, or a length in px (user units); undefined for anything else (%, em, mm…). */
export function parseLength(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().replace(/px$/, '');
  return NUMBER.test(text) ? Number(text) : undefined;
}

/** Numbers separated by spaces and/or a comma; undefined if any part is not a number. */
export function parseNumbers(value: string): number[] | undefined {
  const parts = value.trim().split(/\s*,\s*|\s+/);
  if (parts.length === 1 && parts[0] === '') return [];
  return parts.every((part) => NUMBER.test(part)) ? parts.map(Number) : undefined;
}

const TRANSFORM = /\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)\s*,?/y;

/** An SVG transform list as one matrix; undefined when it does not parse. */
export function parseTransform(value: string): Matrix | undefined {
  let matrix = IDENTITY;
  TRANSFORM.lastIndex = 0;
  while (TRANSFORM.lastIndex < value.length) {
    if (value.slice(TRANSFORM.lastIndex).trim() === '') break;
    const match = TRANSFORM.exec(value);
    const args = match ? parseNumbers(match[2] ?? '') : undefined;
    const step = match && args ? transformStep(match[1] ?? '', args) : undefined;
    if (!step) return undefined;
    matrix = multiply(matrix, step);
  }
  return matrix;
}

function transformStep(name: string, args: number[]): Matrix | undefined {
  const [p = 0, q, r] = args;
  switch (name) {
    case 'matrix':
      return args.length === 6 ? (args as unknown as Matrix) : undefined;
    case 'translate':
      return args.length === 1 || args.length === 2 ? [1, 0, 0, 1, p, q ?? 0] : undefined;
    case 'scale':
      return args.length === 1 || args.length === 2 ? [p, 0, 0, q ?? p, 0, 0] : undefined;
    case 'rotate': {
      if (args.length !== 1 && args.length !== 3) return undefined;
      const angle = (p * Math.PI) / 180;
      const rotation: Matrix = [Math.cos(angle), Math.sin(angle), -Math.sin(angle), Math.cos(angle), 0, 0];
      const [cx = 0, cy = 0] = [q, r];
      return multiply(multiply([1, 0, 0, 1, cx, cy], rotation), [1, 0, 0, 1, -cx, -cy]);
    }
    case 'skewX':
      return args.length === 1 ? [1, 0, Math.tan((p * Math.PI) / 180), 1, 0, 0] : undefined;
    case 'skewY':
      return args.length === 1 ? [1, Math.tan((p * Math.PI) / 180), 0, 1, 0, 0] : undefined;
    default:
      return undefined;
  }
}

/** A `viewBox` attribute: x, y and a positive width and height. */
export function parseViewBox(value: string): readonly [number, number, number, number] | undefined {
  const parts = parseNumbers(value);
  if (parts?.length !== 4) return undefined;
  const [x = 0, y = 0, width = 0, height = 0] = parts;
  return width > 0 && height > 0 ? [x, y, width, height] : undefined;
}

const ASPECT = /^(?:(none)|x(Min|Mid|Max)Y(Min|Mid|Max)(?:\s+(meet|slice))?)$/;
const ALIGN = { Min: 0, Mid: 0.5, Max: 1 } as const;

/** A `preserveAspectRatio` value is one this painter understands (absent means xMidYMid meet). */
export function isAspectRatio(value: string | undefined): boolean {
  return value === undefined || ASPECT.test(value.trim());
}

/** Whether `preserveAspectRatio` crops what it scales (slice), so the viewport must clip. */
export function slices(value: string | undefined): boolean {
  return ASPECT.exec((value ?? '').trim())?.[4] === 'slice';
}

/**
 * Scales and places content of `contentWidth` × `contentHeight` in a viewport of `width` ×
 * `height` at the origin, as `preserveAspectRatio` says (SVG 1.1, 7.8).
 */
export function aspectMatrix(
  value: string | undefined,
  width: number,
  height: number,
  contentWidth: number,
  contentHeight: number,
): Matrix {
  const match = ASPECT.exec((value ?? '').trim());
  let scaleX = width / contentWidth;
  let scaleY = height / contentHeight;
  if (!match?.[1]) {
    const fit = match?.[4] === 'slice' ? Math.max : Math.min;
    scaleX = scaleY = fit(scaleX, scaleY);
  }
  const alignX = ALIGN[(match?.[2] ?? 'Mid') as keyof typeof ALIGN];
  const alignY = ALIGN[(match?.[3] ?? 'Mid') as keyof typeof ALIGN];
  return [
    scaleX,
    0,
    0,
    scaleY,
    alignX * (width - contentWidth * scaleX),
    alignY * (height - contentHeight * scaleY),
  ];
}
