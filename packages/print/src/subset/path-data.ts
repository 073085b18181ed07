import svgpath from 'svgpath';

/**
 * Path data as absolute moves, lines, cubic curves and closes: each an opcode followed by its
 * points (`MOVE x y`, `LINE x y`, `CUBIC x1 y1 x2 y2 x y`, `CLOSE`).
 */
export type PathOps = readonly number[];

const MOVE = 0;
const LINE = 1;
const CUBIC = 2;
const CLOSE = 3;

/**
 * Reads SVG path data into `PathOps`: relative commands made absolute, horizontal and vertical
 * lines spelt out, quadratic curves raised to the cubics that draw exactly them (PDFKit's own
 * reader writes them with `v`, another curve), arcs turned into cubics. Undefined when the data
 * has an error, which SVG draws up to and svg-to-pdfkit handles as it says.
 */
export function parsePathData(d: string): PathOps | undefined {
  // Satori's outlines are long runs of lines and quadratics: read here in one pass, in half
  // svgpath's time (0.67 against 1.3 s over 60 A3 posters); svgpath handles the rare arc.
  return /[Aa]/.test(d) ? arcPathOps(d) : new PathReader(d).read();
}

/** A straight line from one point to another. */
export function lineOps(x1: number, y1: number, x2: number, y2: number): PathOps {
  return [MOVE, x1, y1, LINE, x2, y2];
}

/** Adds the operations to the PDF's current path, at 1/100 user unit (a few µm on paper). */
export function addPath(doc: PDFKit.PDFDocument, ops: PathOps): void {
  const at = (i: number) => Math.round((ops[i] as number) * 100) / 100;
  for (let i = 0; i < ops.length; ) {
    switch (ops[i]) {
      case MOVE:
        doc.moveTo(at(i + 1), at(i + 2));
        i += 3;
        break;
      case LINE:
        doc.lineTo(at(i + 1), at(i + 2));
        i += 3;
        break;
      case CUBIC:
        doc.bezierCurveTo(at(i + 1), at(i + 2), at(i + 3), at(i + 4), at(i + 5), at(i + 6));
        i += 7;
        break;
      default:
        doc.closePath();
        i += 1;
    }
  }
}

/** Numbers each command takes. */
const ARITY: Readonly<Record<string, number>> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, Z: 0 };

/** One pass over path data without arcs (SVG 1.1, 8.3), into absolute `PathOps`. */
class PathReader {
  readonly #d: string;
  #i = 0;
  readonly #ops: number[] = [];
  #x = 0;
  #y = 0;
  #startX = 0;
  #startY = 0;
  /** The last curve's second control point (for S) or control point (for T), absolute. */
  #controlX = 0;
  #controlY = 0;
  #last = '';

  constructor(d: string) {
    this.#d = d;
  }

  read(): PathOps | undefined {
    const args: number[] = [];
    let command = '';
    for (this.#skipSeparators(); this.#i < this.#d.length; this.#skipSeparators()) {
      const char = this.#d[this.#i] as string;
      if (ARITY[char.toUpperCase()] !== undefined) {
        command = char;
        this.#i++;
      } else if (command === 'Z' || command === 'z') {
        return undefined;
      }
      // Data starts with a move; numbers repeat the last command, and after a move draw lines.
      if (this.#ops.length === 0 && command !== 'M' && command !== 'm') return undefined;
      args.length = 0;
      for (let n = ARITY[command.toUpperCase()] as number; n > 0; n--) {
        const value = this.#number();
        if (value === undefined) return undefined;
        args.push(value);
      }
      this.#apply(command, args);
      if (command === 'M') command = 'L';
      else if (command === 'm') command = 'l';
    }
    return this.#ops;
  }

  #apply(command: string, a: number[]): void {
    const relative = command !== command.toUpperCase();
    const [dx, dy] = relative ? [this.#x, this.#y] : [0, 0];
    const upper = command.toUpperCase();
    const [p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0] = a;
    switch (upper) {
      case 'M':
        this.#ops.push(MOVE, p0 + dx, p1 + dy);
        [this.#x, this.#y, this.#startX, this.#startY] = [p0 + dx, p1 + dy, p0 + dx, p1 + dy];
        break;
      case 'L':
        this.#line(p0 + dx, p1 + dy);
        break;
      case 'H':
        this.#line(p0 + (relative ? this.#x : 0), this.#y);
        break;
      case 'V':
        this.#line(this.#x, p0 + (relative ? this.#y : 0));
        break;
      case 'C':
        this.#cubic(p0 + dx, p1 + dy, p2 + dx, p3 + dy, p4 + dx, p5 + dy);
        break;
      case 'S': {
        const [x1, y1] = this.#reflected('C', 'S');
        this.#cubic(x1, y1, p0 + dx, p1 + dy, p2 + dx, p3 + dy);
        break;
      }
      case 'Q':
        this.#quadratic(p0 + dx, p1 + dy, p2 + dx, p3 + dy);
        break;
      case 'T': {
        const [qx, qy] = this.#reflected('Q', 'T');
        this.#quadratic(qx, qy, p0 + dx, p1 + dy);
        break;
      }
      default:
        this.#ops.push(CLOSE);
        [this.#x, this.#y] = [this.#startX, this.#startY];
    }
    this.#last = upper;
  }

  #line(x: number, y: number): void {
    this.#ops.push(LINE, x, y);
    [this.#x, this.#y] = [x, y];
  }

  #cubic(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    this.#ops.push(CUBIC, x1, y1, x2, y2, x, y);
    [this.#controlX, this.#controlY, this.#x, this.#y] = [x2, y2, x, y];
  }

  #quadratic(qx: number, qy: number, x: number, y: number): void {
    pushQuadratic(this.#ops, this.#x, this.#y, qx, qy, x, y);
    [this.#controlX, this.#controlY, this.#x, this.#y] = [qx, qy, x, y];
  }

  /** The previous curve's control mirrored about the current point, if that curve was of the kind. */
  #reflected(full: string, short: string): [number, number] {
    return this.#last === full || this.#last === short
      ? [2 * this.#x - this.#controlX, 2 * this.#y - this.#controlY]
      : [this.#x, this.#y];
  }

  #skipSeparators(): void {
    const d = this.#d;
    while (this.#i < d.length) {
      const code = d.charCodeAt(this.#i);
      if (code !== 0x20 && code !== 0x2c && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      this.#i++;
    }
  }

  /** A number (sign, digits, fraction, exponent), after any separators; undefined if none. */
  #number(): number | undefined {
    this.#skipSeparators();
    const d = this.#d;
    const start = this.#i;
    let i = start;
    if (d[i] === '+' || d[i] === '-') i++;
    const digitsFrom = i;
    while (isDigit(d.charCodeAt(i))) i++;
    if (d[i] === '.') {
      i++;
      while (isDigit(d.charCodeAt(i))) i++;
    }
    if (i === digitsFrom || (i === digitsFrom + 1 && d[digitsFrom] === '.')) return undefined;
    if (d[i] === 'e' || d[i] === 'E') {
      let j = i + 1;
      if (d[j] === '+' || d[j] === '-') j++;
      if (isDigit(d.charCodeAt(j))) {
        while (isDigit(d.charCodeAt(j))) j++;
        i = j;
      }
    }
    this.#i = i;
    return Number(d.slice(start, i));
  }
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The cubic that draws a quadratic exactly: its controls two thirds of the way to the quadratic's. */
function pushQuadratic(
  ops: number[],
  x0: number,
  y0: number,
  qx: number,
  qy: number,
  x: number,
  y: number,
): void {
  const third = 2 / 3;
  ops.push(
    CUBIC,
    x0 + third * (qx - x0),
    y0 + third * (qy - y0),
    x + third * (qx - x),
    y + third * (qy - y),
    x,
    y,
  );
}

/** Path data with arcs, read by svgpath (which turns arcs into cubics) into `PathOps`. */
function arcPathOps(d: string): PathOps | undefined {
  const path = svgpath(d);
  if ((path as unknown as { err?: string }).err) return undefined;
  const ops: number[] = [];
  path
    .abs()
    .unshort()
    .unarc()
    .iterate((segment, _index, x, y) => {
      const [command, ...n] = segment as [string, ...number[]];
      const [a = 0, b = 0, c = 0, e = 0, f = 0, g = 0] = n;
      if (command === 'M') ops.push(MOVE, a, b);
      else if (command === 'L') ops.push(LINE, a, b);
      else if (command === 'H') ops.push(LINE, a, y);
      else if (command === 'V') ops.push(LINE, x, a);
      else if (command === 'C') ops.push(CUBIC, a, b, c, e, f, g);
      else if (command === 'Q') pushQuadratic(ops, x, y, a, b, c, e);
      else ops.push(CLOSE);
    });
  return ops;
}
