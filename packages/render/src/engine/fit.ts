import { BlasonError, type Problem } from '@blason/core/problem';
import { evenLines, type LineBlock } from './breaks.js';
import type { LoadedFonts } from './fonts.js';
import { measureLayout, measureStore, tagged } from './measure-cache.js';
import { minContentBound } from './min-content.js';
import { joinHyphenatedWords } from './text.js';

/** One allowed step of the type scale: size in px, unitless line height. */
export interface TypeStep {
  readonly fontSize: number;
  readonly lineHeight: number;
}

/** The typographic style a text box is drawn with (everything but the size). */
export interface TextStyle {
  readonly fontFamily: string | readonly string[];
  readonly fontWeight?: number;
  readonly fontStyle?: 'normal' | 'italic';
  /** In px, as satori reads a number. */
  readonly letterSpacing?: number;
  readonly textTransform?: 'none' | 'uppercase' | 'lowercase' | 'capitalize';
}

export interface FitRequest {
  /** Field path as the officer wrote it (`titre`, `chiffres[0].valeur`), used in errors. */
  readonly field: string;
  readonly text: string;
  readonly width: number;
  readonly height: number;
  /** Allowed steps, from the largest to the smallest. */
  readonly steps: readonly TypeStep[];
  readonly maxLines?: number;
  readonly style: TextStyle;
  /** Content file, for the error. */
  readonly file?: string;
}

export interface FitResult extends TypeStep {
  /** Index of the chosen step in `steps`. */
  readonly step: number;
  readonly lines: number;
  /** Height the text really takes, in px. */
  readonly height: number;
  /** Its lines, broken evenly, when it takes several and `FitOptions.units` splits it. */
  readonly lineTexts?: readonly string[];
}

export interface FitOptions<R extends FitRequest> {
  /**
   * The element the template draws the text with at a given size (a block of the box's width).
   * When given, fitting measures exactly that element; otherwise a plain block with the style.
   */
  readonly block?: (request: R, step: TypeStep & { lineTexts?: readonly string[] }) => unknown;
  /**
   * The units a line of the text may break between, as `block` draws it. With `block`, a text
   * that takes several lines is then broken evenly (`evenLines`) rather than left to wrap itself.
   */
  readonly units?: (request: R) => readonly string[] | undefined;
}

interface Measure {
  readonly height: number;
  readonly lines: number;
  /**
   * Width of the widest unbreakable run (min-content). When an upper bound of it already fits the
   * box, that bound, which tells `fits` and `guessStep` the same.
   */
  readonly minWidth: number;
}

/** Measures are memoised per font set and per block builder. */
const cacheFor = measureStore<Measure>();

/**
 * Chooses for every field the largest allowed step at which its text fits its box, measuring
 * with satori itself (the same fonts, wrapping and rounding as the final render). All fields are
 * measured together, one satori call per round. Throws a French `BlasonError` naming each field
 * that does not fit even at the smallest step and by how much.
 */
export async function fitText<R extends FitRequest>(
  requests: readonly R[],
  fonts: LoadedFonts,
  options: FitOptions<R> = {},
): Promise<Record<string, FitResult>> {
  const fitted: Record<string, FitResult> = {};
  const failures: Array<{ request: FitRequest; measure: Measure }> = [];
  const measure = (pairs: ReadonlyArray<readonly [FitRequest, number]>) =>
    measureAll(pairs, fonts, options.block as FitOptions<FitRequest>['block']);

  // Most texts fit at their largest step: try it for every field at once, then search the rest.
  const first = await measure(requests.filter((r) => r.steps.length > 0).map((r) => [r, 0] as const));
  let searching: Search[] = [];
  for (const request of requests) {
    if (request.steps.length === 0) throw new Error(`fitText: field ${request.field} has no allowed step`);
    const m = first.get(key(request, 0));
    if (m && fits(request, m)) fitted[request.field] = result(request, 0, m);
    else {
      const high = request.steps.length - 1;
      searching.push({ request, low: 1, high, guess: m ? guessStep(request, m) : undefined });
    }
  }
  // Search for the first fitting step (fitting is monotonic in the step index): first the step the
  // largest one's measure predicts, with the step above it, then by halves.
  const best = new Map<FitRequest, { step: number; measure: Measure }>();
  while (searching.length > 0) {
    const pairs = searching.flatMap((s) => probes(s).map((step) => [s.request, step] as const));
    const measures = await measure(pairs);
    const next: Search[] = [];
    for (const s of searching) {
      let { low, high } = s;
      for (const step of probes(s)) {
        const m = measures.get(key(s.request, step)) as Measure;
        if (fits(s.request, m)) {
          best.set(s.request, { step, measure: m });
          high = step - 1;
          break;
        }
        low = step + 1;
      }
      if (low <= high) next.push({ request: s.request, low, high, guess: undefined });
    }
    searching = next;
  }
  for (const request of requests) {
    if (fitted[request.field]) continue;
    const found = best.get(request);
    if (found) fitted[request.field] = result(request, found.step, found.measure);
    else {
      const last = request.steps.length - 1;
      const m = (await measure([[request, last]])).get(key(request, last)) as Measure;
      failures.push({ request, measure: m });
    }
  }
  if (failures.length > 0) {
    const problems = await Promise.all(failures.map((f) => overflowProblem(f.request, f.measure, fonts)));
    throw new BlasonError(
      problems.length === 1
        ? 'Un texte ne tient pas dans sa zone'
        : `${problems.length} textes ne tiennent pas dans leur zone`,
      problems,
    );
  }
  return options.block && options.units
    ? withEvenLines(requests, fitted, fonts, options.block as LineBlock, options.units)
    : fitted;
}

/** The fits with the lines of every text that takes several, broken evenly. */
async function withEvenLines<R extends FitRequest>(
  requests: readonly R[],
  fitted: Record<string, FitResult>,
  fonts: LoadedFonts,
  block: LineBlock,
  unitsOf: (request: R) => readonly string[] | undefined,
): Promise<Record<string, FitResult>> {
  const texts = requests.flatMap((request) => {
    const fit = fitted[request.field] as FitResult;
    const units = fit.lines > 1 ? unitsOf(request) : undefined;
    return units ? [{ request, step: request.steps[fit.step] as TypeStep, lines: fit.lines, units }] : [];
  });
  if (texts.length === 0) return fitted;
  const lines = await evenLines(texts, fonts, block);
  const out = { ...fitted };
  for (const [request, lineTexts] of lines)
    out[request.field] = { ...(out[request.field] as FitResult), lineTexts };
  return out;
}

interface Search {
  readonly request: FitRequest;
  /** The steps left to search, by index: `low` to `high`. */
  readonly low: number;
  readonly high: number;
  /** The step predicted to be the first that fits, tried before halving. */
  readonly guess: number | undefined;
}

/** The steps a search measures next, largest first: the guess and the step above it, or the middle. */
function probes(s: Search): number[] {
  if (s.guess === undefined) return [Math.floor((s.low + s.high) / 2)];
  const guess = Math.min(s.high, Math.max(s.low, s.guess));
  return guess > s.low ? [guess - 1, guess] : [guess];
}

/**
 * The first step predicted to fit, from the text's measure at the largest step: its length at 1 px
 * (its lines full but the last, half full), set in lines of the box's width, and its widest word,
 * which grows with the size. Often right; a wrong guess costs one measure, never a wrong step.
 */
function guessStep(request: FitRequest, largest: Measure): number {
  const at = (request.steps[0] as TypeStep).fontSize;
  const length = ((largest.lines - 0.5) * request.width) / at;
  const predictedFit = (step: TypeStep) => {
    const lines = Math.max(1, Math.ceil((length * step.fontSize) / request.width));
    return (
      lines * linePx(step) <= request.height &&
      (request.maxLines === undefined || lines <= request.maxLines) &&
      (largest.minWidth * step.fontSize) / at <= request.width
    );
  };
  const index = request.steps.findIndex((step, i) => i > 0 && predictedFit(step));
  return index < 0 ? request.steps.length - 1 : index;
}

function linePx(step: TypeStep): number {
  return Math.round(step.fontSize * step.lineHeight);
}

function fits(request: FitRequest, m: Measure): boolean {
  return (
    m.height <= request.height + 0.5 &&
    m.minWidth <= request.width + 0.5 &&
    (request.maxLines === undefined || m.lines <= request.maxLines)
  );
}

function result(request: FitRequest, step: number, m: Measure): FitResult {
  const chosen = request.steps[step] as TypeStep;
  return { fontSize: chosen.fontSize, lineHeight: chosen.lineHeight, step, lines: m.lines, height: m.height };
}

function key(request: FitRequest, step: number): string {
  const s = request.steps[step] as TypeStep;
  return JSON.stringify([request.text, request.width, s.fontSize, s.lineHeight, request.style]);
}

function textStyle(style: TextStyle, step: TypeStep): Record<string, unknown> {
  return {
    fontFamily: Array.isArray(style.fontFamily) ? style.fontFamily.join(', ') : style.fontFamily,
    fontWeight: style.fontWeight ?? 400,
    fontStyle: style.fontStyle ?? 'normal',
    letterSpacing: style.letterSpacing ?? 0,
    textTransform: style.textTransform ?? 'none',
    fontSize: step.fontSize,
    lineHeight: step.lineHeight,
  };
}

/** Measures (request, step) pairs in a single satori layout; results are memoised per font set. */
async function measureAll(
  pairs: ReadonlyArray<readonly [FitRequest, number]>,
  fonts: LoadedFonts,
  block?: FitOptions<FitRequest>['block'],
): Promise<Map<string, Measure>> {
  const cache = cacheFor(fonts, block);
  const out = new Map<string, Measure>();
  const todo = new Map<string, readonly [FitRequest, number]>();
  for (const pair of pairs) {
    const k = key(pair[0], pair[1]);
    const hit = cache.get(k);
    if (hit) out.set(k, hit);
    else todo.set(k, pair);
  }
  if (todo.size === 0) return out;
  const entries = [...todo.entries()];
  const texts = entries.map(([, [request]]) => joinHyphenatedWords(request.text));
  // A text whose min-content bound fits its box needs no min-content layout.
  const bounds = entries.map(([, [request, step]], index) => {
    const fontSize = (request.steps[step] as TypeStep).fontSize;
    const bound = minContentBound(texts[index] as string, request.style, fontSize, fonts);
    return bound <= request.width ? bound : undefined;
  });
  const children = entries.flatMap(([, [request, step]], index) => {
    const style = textStyle(request.style, request.steps[step] as TypeStep);
    const text = texts[index] as string;
    const measured = block
      ? tagged(block(request, request.steps[step] as TypeStep), 'data-fit', `h${index}`)
      : undefined;
    const plain = (id: string) => ({
      type: 'div',
      key: id,
      props: { 'data-fit': id, style: { display: 'block', width: request.width, ...style }, children: text },
    });
    if (bounds[index] !== undefined) return [measured ?? plain(`h${index}`)];
    return [
      measured ?? plain(`h${index}`),
      {
        type: 'div',
        key: `w${index}`,
        props: {
          'data-fit': `w${index}`,
          style: { display: 'block', width: 'min-content', ...style },
          children: text,
        },
      },
    ];
  });
  const sizes = new Map<string, { left: number; top: number; width: number; height: number }>();
  const inner: Array<{ left: number; top: number; width: number }> = [];
  await measureLayout(children, fonts, (node) => {
    const id = node.props?.['data-fit'];
    if (typeof id === 'string') sizes.set(id, node);
    else inner.push(node);
  });
  entries.forEach(([k, [request, step]], index) => {
    const drawn = sizes.get(`h${index}`);
    const minWidth = bounds[index] ?? sizes.get(`w${index}`)?.width;
    if (!drawn || minWidth === undefined)
      throw new Error(`fitText: satori reported no size for field ${request.field}`);
    const line = linePx(request.steps[step] as TypeStep);
    // A run that must not break (`nowrap`) overflows its line rather than wraps, on the side its
    // alignment pushes it to: the inline elements of the template's block, from the box's left
    // edge, must stay within its width.
    const overflowing = block ? inlineExtent(inner, drawn) : 0;
    const measure = {
      height: drawn.height,
      lines: Math.max(1, Math.round(drawn.height / line)),
      minWidth: Math.max(minWidth, overflowing),
    };
    cache.set(k, measure);
    out.set(k, measure);
  });
  return out;
}

/**
 * Width the inline elements inside a block need, from the box's left edge or from the leftmost of
 * them when it starts further left (a right-aligned run overflows to the left).
 */
function inlineExtent(
  nodes: ReadonlyArray<{ left: number; top: number; width: number }>,
  block: { left: number; top: number; height: number },
): number {
  const inside = nodes.filter((n) => n.top >= block.top && n.top < block.top + block.height);
  if (inside.length === 0) return 0;
  const left = Math.min(0, ...inside.map((n) => n.left - block.left));
  return Math.max(...inside.map((n) => n.left + n.width - block.left)) - left;
}

async function overflowProblem(request: FitRequest, m: Measure, fonts: LoadedFonts): Promise<Problem> {
  const smallest = request.steps[request.steps.length - 1] as TypeStep;
  const where = `même à la plus petite taille autorisée (${smallest.fontSize} px)`;
  const base = {
    code: 'render/text-overflow',
    severity: 'error' as const,
    ...(request.file ? { file: request.file } : {}),
    path: request.field,
  };
  if (m.minWidth > request.width + 0.5) {
    const word = await widestWord(request, smallest, fonts);
    return {
      ...base,
      message: `le champ « ${request.field} » ne tient pas : ${where}, le mot « ${word.text} » mesure ${Math.ceil(word.width)} px pour ${request.width} px de large (${Math.ceil(word.width - request.width)} px de trop)`,
    };
  }
  const available =
    request.maxLines === undefined
      ? request.height
      : Math.min(request.height, request.maxLines * linePx(smallest));
  const excess = Math.max(0, m.height - available);
  const cut = Math.max(1, Math.ceil(request.text.length * (1 - available / m.height)));
  const lines =
    request.maxLines !== undefined && m.lines > request.maxLines
      ? ` (${plural(m.lines, 'ligne')} pour ${request.maxLines} au maximum)`
      : '';
  return {
    ...base,
    message: `le champ « ${request.field} » est trop long : ${where}, il occupe ${m.height} px de haut pour ${available} px disponibles, ${excess} px de trop${lines} ; raccourcissez-le d’environ ${cut} caractères`,
  };
}

async function widestWord(
  request: FitRequest,
  step: TypeStep,
  fonts: LoadedFonts,
): Promise<{ text: string; width: number }> {
  const words = [...new Set(request.text.split(/[ \t\n]+/).filter(Boolean))];
  const widths = await measureAll(
    words.map((word) => [{ ...request, text: word, steps: [step] }, 0] as const),
    fonts,
  );
  let widest = { text: words[0] ?? request.text, width: 0 };
  for (const word of words) {
    const m = widths.get(key({ ...request, text: word, steps: [step] }, 0));
    if (m && m.minWidth > widest.width) widest = { text: word, width: m.minWidth };
  }
  return widest;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}
