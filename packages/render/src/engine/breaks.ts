import type { FitRequest, TypeStep } from './fit.js';
import type { LoadedFonts } from './fonts.js';
import { MEASURE_WIDTH, measureLayout, measureStore, tagged } from './measure-cache.js';

/** What an even break needs to know of a text: its unbreakable units as laid out on one line. */
export interface MeasuredUnits {
  /** Advance of each unit, px. */
  readonly widths: readonly number[];
  /** Advance of the space between two units, px. */
  readonly space: number;
  /** Units that are one word (no space bound inside): alone on a last line, they read as a widow. */
  readonly words?: readonly boolean[];
  /**
   * Units that end a phrase (a comma, semicolon or colon): a last word after one stands on a line
   * of its own as the phrase's end (« Maison de l’agglomération, / Saint-Omer »), not as a widow.
   */
  readonly phraseEnds?: readonly boolean[];
}

/** Added to a split whose last line is a lone word, so any other split wins when there is one. */
const LONE_LAST_WORD = 1e12;

/** Beyond this many units the search is not worth it: the text wraps by itself. */
const MAX_UNITS = 48;

/**
 * Splits a text into exactly `lines` lines of units, each at most `maxWidth` wide, as even as can
 * be: the widest line sets the measure, and the sum of the squared gaps between it and every line
 * (the last one included) is the least. That keeps a lone word off a last line and a short line
 * out of the middle, which a balanced greedy wrap does not when units are long (« de la
 * communication » glued by its short words). A last line of one word (`units.words`) is taken only
 * when no other split exists, unless a phrase ends right before it (`units.phraseEnds`). Returns the number of units on each line, or `undefined` when no
 * split exists.
 */
export function evenBreaks(units: MeasuredUnits, maxWidth: number, lines: number): number[] | undefined {
  const n = units.widths.length;
  if (lines < 1 || n < lines || n > MAX_UNITS) return undefined;
  const starts = [0];
  for (const width of units.widths) starts.push((starts[starts.length - 1] as number) + width);
  /** Width of units `from` to `to` (excluded) on one line. */
  const span = (from: number, to: number) =>
    (starts[to] as number) - (starts[from] as number) + (to - from - 1) * units.space;
  const measures = new Set<number>();
  for (let from = 0; from < n; from++) {
    for (let to = from + 1; to <= n && span(from, to) <= maxWidth; to++) measures.add(span(from, to));
  }
  let best: { cost: number; counts: number[] } | undefined;
  // Ascending, so that between equal costs the narrower measure wins (the same split every time).
  for (const measure of [...measures].sort((a, b) => a - b)) {
    const widow = units.words?.[n - 1] === true && units.phraseEnds?.[n - 2] !== true;
    const found = evenestWithin(span, n, lines, measure, widow);
    if (found && (!best || found.cost < best.cost)) best = found;
  }
  return best?.counts;
}

/** The least-cost split into `lines` lines no wider than `measure` (dynamic programming). */
function evenestWithin(
  span: (from: number, to: number) => number,
  n: number,
  lines: number,
  measure: number,
  lastIsWidow: boolean,
): { cost: number; counts: number[] } | undefined {
  // cost[l][i]: least cost of setting the first i units on l lines; from[l][i]: where line l starts.
  const cost = Array.from({ length: lines + 1 }, () =>
    new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY),
  );
  const from = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
  (cost[0] as number[])[0] = 0;
  for (let l = 1; l <= lines; l++) {
    for (let i = l; i <= n - (lines - l); i++) {
      for (let j = i - 1; j >= l - 1; j--) {
        const width = span(j, i);
        if (width > measure) break;
        const lone = lastIsWidow && lines > 1 && l === lines && j === n - 1 ? LONE_LAST_WORD : 0;
        const total = ((cost[l - 1] as number[])[j] as number) + (measure - width) ** 2 + lone;
        if (total < ((cost[l] as number[])[i] as number)) {
          (cost[l] as number[])[i] = total;
          (from[l] as number[])[i] = j;
        }
      }
    }
  }
  const total = (cost[lines] as number[])[n] as number;
  if (!Number.isFinite(total)) return undefined;
  const counts: number[] = [];
  for (let l = lines, i = n; l > 0; l--) {
    const j = (from[l] as number[])[i] as number;
    counts.unshift(i - j);
    i = j;
  }
  return { cost: total, counts };
}

/** The element a text is drawn with at a size, on the given lines when there are some. */
export type LineBlock = (request: FitRequest, step: TypeStep & { lineTexts?: readonly string[] }) => unknown;

/** A text to break, at the step and on the number of lines its fit measured. */
export interface BreakRequest {
  readonly request: FitRequest;
  readonly step: TypeStep;
  readonly lines: number;
  readonly units: readonly string[];
}

/** The no-break spaces that bind words into one unit (`lineUnits`). */
const BOUND_SPACE = /[\u00a0\u202f]/;
/** Punctuation that ends a phrase inside a sentence: a line may end on it. */
const PHRASE_END = /[,;:]$/;
const cacheFor = measureStore<MeasuredUnits>();

/**
 * The lines of each text, broken evenly (`evenBreaks`) from its units' advances, measured with
 * satori on the element the text is drawn with (one layout for every text not measured before).
 * A text with no even split into its lines is left out: it wraps by itself.
 */
export async function evenLines(
  texts: readonly BreakRequest[],
  fonts: LoadedFonts,
  block: LineBlock,
): Promise<Map<FitRequest, string[]>> {
  const breakable = texts.filter((text) => text.units.length <= MAX_UNITS);
  const measured = await measureUnits(breakable, fonts, block);
  const out = new Map<FitRequest, string[]>();
  for (const text of breakable) {
    const units = measured.get(unitsKey(text)) as MeasuredUnits;
    const counts = evenBreaks(units, text.request.width - 0.5, text.lines);
    if (!counts) continue;
    let start = 0;
    out.set(
      text.request,
      counts.map((count) => {
        start += count;
        return text.units.slice(start - count, start).join(' ');
      }),
    );
  }
  return out;
}

function unitsKey(text: BreakRequest): string {
  const { request, step } = text;
  return JSON.stringify([text.units, step.fontSize, step.lineHeight, request.style]);
}

/** Each unit's advance and the space's, read from one line per unit and one with them all. */
async function measureUnits(
  texts: readonly BreakRequest[],
  fonts: LoadedFonts,
  block: LineBlock,
): Promise<Map<string, MeasuredUnits>> {
  const cache = cacheFor(fonts, block);
  const todo = new Map<string, BreakRequest>();
  for (const text of texts) if (!cache.has(unitsKey(text))) todo.set(unitsKey(text), text);
  if (todo.size > 0) {
    const entries = [...todo.entries()];
    const probes = new Map<string, { top: number; height: number }>();
    const lines: Array<{ top: number; line: number; width: number }> = [];
    const children = entries.map(([, text], index) =>
      tagged(
        block(
          { ...text.request, width: MEASURE_WIDTH },
          { ...text.step, lineTexts: [...text.units, text.units.join(' ')] },
        ),
        'data-units',
        `u${index}`,
      ),
    );
    await measureLayout(children, fonts, (node) => {
      const probe = node.props?.['data-units'];
      const line = node.props?.['data-line'];
      if (typeof probe === 'string') probes.set(probe, node);
      else if (typeof line === 'number') lines.push({ top: node.top, line, width: node.width });
    });
    entries.forEach(([k, text], index) => {
      const probe = probes.get(`u${index}`);
      if (!probe) throw new Error('evenLines: satori reported no size for a text');
      const widths: number[] = [];
      for (const l of lines)
        if (l.top >= probe.top && l.top < probe.top + probe.height) widths[l.line] = l.width;
      const n = text.units.length;
      const whole = widths[n];
      if (widths.length !== n + 1 || whole === undefined)
        throw new Error('evenLines: a unit was not measured');
      const own = widths.slice(0, n);
      const space = n > 1 ? (whole - own.reduce((sum, w) => sum + w, 0)) / (n - 1) : 0;
      cache.set(k, {
        widths: own,
        space,
        words: text.units.map((unit) => !BOUND_SPACE.test(unit)),
        phraseEnds: text.units.map((unit) => PHRASE_END.test(unit)),
      });
    });
  }
  return new Map(texts.map((text) => [unitsKey(text), cache.get(unitsKey(text)) as MeasuredUnits]));
}
