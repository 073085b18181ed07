import { BlasonError } from '@blason/core/problem';
import type { Frame } from '../layout/frame.js';
import { rect } from '../layout/geometry.js';
import { type Cosigner, themeNumber } from '../theme.js';
import type { TextBox } from '../types.js';
import { textAdvance } from './advances.js';
import {
  type LockupGeometry,
  type LockupNames,
  lockupGeometry,
  type StripCell,
  type StripLayout,
} from './geometry.js';
import { minLockupCap, type PlacedLockup } from './place.js';

/** Used when the brand sets no `logo.lockup.coBranding.maxRows`. */
const DEFAULT_MAX_ROWS = 2;
/** Used when the brand sets no `logo.lockup.coBranding.rowGap` (multiple of H). */
const DEFAULT_ROW_GAP = 0.75;
/** A strip takes one more row only when its wordmark (and names) grow by this factor. */
const MORE_ROWS_GAIN = 1.2;

function token(frame: Frame, path: string, fallback: number): number {
  return themeNumber(frame.theme, path) ?? fallback;
}

/** One signer of the strip: the field prefix of its boxes and its name lines. */
export interface Signer {
  prefix: string;
  lines: readonly string[];
}

interface Measured {
  kind: StripCell['kind'];
  prefix: string;
  width: number;
  height: number;
  /** Boxes relative to the cell's top-left corner. */
  text: TextBox[];
}

/** A one-line lockup box narrowed to its text's real advance in `face`. */
function measured(box: TextBox, face: 'display' | 'body'): TextBox {
  const fontSize = box.steps[0]?.fontSize ?? box.height;
  return { ...box, width: Math.min(box.width, textAdvance(box.text, fontSize, face)) };
}

/** The cells of the strip at wordmark cap height `cap`: the wordmark, then each signer's names. */
function cellsAt(frame: Frame, brand: string, signers: readonly Signer[], cap: number): Measured[] {
  const wordmark = lockupGeometry(frame.theme, { brand, lines: [] }, 'horizontal', cap);
  const brandBox = measured(wordmark.brand, 'display');
  const cells: Measured[] = [
    { kind: 'brand', prefix: 'lockup.', width: brandBox.width, height: wordmark.height, text: [brandBox] },
  ];
  for (const signer of signers) {
    const g = lockupGeometry(frame.theme, { brand, lines: signer.lines }, 'horizontal', cap);
    const first = g.lines[0];
    if (!first) continue;
    const lines = g.lines.map((line) => measured({ ...line, x: 0, y: line.y - first.y }, 'body'));
    const width = Math.max(...lines.map((l) => l.width));
    cells.push({
      kind: 'names',
      prefix: signer.prefix,
      width,
      height: lines.length * first.height,
      text: lines.map((l) => ({ ...l, width })),
    });
  }
  return cells;
}

interface Flow {
  rows: Measured[][];
  width: number;
  height: number;
}

/** Cells flowed into rows no wider than `width`, a rule between neighbours; undefined if one cell alone is too wide. */
function flow(
  cells: readonly Measured[],
  width: number,
  separator: number,
  rowGap: number,
): Flow | undefined {
  const rows: Measured[][] = [];
  let row: Measured[] = [];
  let used = 0;
  let widest = 0;
  for (const cell of cells) {
    if (cell.width > width) return undefined;
    const needed = row.length === 0 ? cell.width : used + separator + cell.width;
    if (row.length > 0 && needed > width) {
      rows.push(row);
      widest = Math.max(widest, used);
      row = [cell];
      used = cell.width;
    } else {
      row.push(cell);
      used = needed;
    }
  }
  rows.push(row);
  widest = Math.max(widest, used);
  const heights = rows.map((r) => Math.max(...r.map((c) => c.height)));
  const height = heights.reduce((a, b) => a + b, 0) + rowGap * (rows.length - 1);
  return { rows, width: widest, height };
}

/** The strip's signers: the signing partner (unless it is the shared brand), then each co-signer. */
export function stripSigners(names: LockupNames): Signer[] {
  return [
    ...(names.lines.length > 0 ? [{ prefix: 'lockup.', lines: names.lines }] : []),
    ...(names.cosigners ?? []).map((lines, index) => ({ prefix: `cosigners[${index}].lockup.`, lines })),
  ];
}

function maxRowsOf(frame: Frame): number {
  return Math.max(1, Math.round(token(frame, 'logo.lockup.coBranding.maxRows', DEFAULT_MAX_ROWS)));
}

/**
 * The strip's rows in `area`, at the largest size it holds (at most `maxCap`): one row, or more
 * when one row does not hold at the minimum size or more rows make the names a fifth larger, the names on at most
 * `logo.lockup.coBranding.maxRows` rows (the wordmark may stand on a row of its own above them);
 * undefined when nothing fits.
 */
export function stripLayout(
  frame: Frame,
  signers: readonly Signer[],
  brandName: string,
  area: { width: number; height: number },
  maxCap: number,
  /** Fewest rows first (to size a band); else the largest names the area holds. */
  compact = false,
) {
  const minCap = Math.max(
    minLockupCap(frame, { brand: brandName, lines: [] }),
    ...signers.map((s) => minLockupCap(frame, { brand: brandName, lines: s.lines })),
  );
  const largest = Math.max(minCap, maxCap);
  const maxRows = maxRowsOf(frame);
  const rowGapShare = token(frame, 'logo.lockup.coBranding.rowGap', DEFAULT_ROW_GAP);
  const attempt = (cap: number, rows: number) => {
    const clearSpace = Math.round(frame.theme.logo.clearSpace * cap);
    const gap = Math.round(frame.theme.logo.lockup.gap * cap);
    const rule = Math.max(1, Math.round(frame.theme.logo.lockup.dividerWidth * cap));
    const rowGap = Math.round(rowGapShare * cap);
    const cells = cellsAt(frame, brandName, signers, cap);
    const laid = flow(cells, area.width, 2 * gap + rule, rowGap);
    if (!laid || laid.rows.length > rows) return undefined;
    if (laid.rows.filter((row) => row.some((cell) => cell.kind === 'names')).length > maxRows)
      return undefined;
    if (laid.height + 2 * clearSpace > area.height) return undefined;
    return { cap, gap, rule, rowGap, clearSpace, ...laid };
  };
  // The wordmark may take a row of its own above the names' rows. One more row is worth it only
  // when the names grow by a fifth at least: tiny names on one long line read worse.
  let best: ReturnType<typeof attempt>;
  for (let rows = 1; rows <= maxRows + 1; rows++) {
    if (!attempt(minCap, rows)) continue;
    for (let cap = largest; cap >= minCap; cap--) {
      const laid = attempt(cap, rows);
      if (!laid) continue;
      if (!best || laid.cap >= best.cap * MORE_ROWS_GAIN) best = laid;
      break;
    }
    if (best && compact) break;
  }
  return best;
}

/**
 * The co-branding strip of a co-signed visual, in the band the template placed its lockup in: the
 * shared wordmark once, then the signing partner's name lines (when it is not the shared brand
 * itself) and each co-signer's, in the campaign's order, separated by thin rules
 * (`logo.lockup.gap`, `logo.lockup.dividerWidth`), names at `logo.lockup.partnerNameScale` of the
 * wordmark. One row at the largest size the band allows (never above the template's lockup, never
 * below any lockup's minimum size); when one row does not fit at the minimum, the cells wrap, the
 * names onto at most `logo.lockup.coBranding.maxRows` rows. The ink starts on the band's edge (the text
 * margin), or ends on it when the template aligned its lockup on the right. When nothing fits, a
 * French content problem on `content.cosigners`: never a silent clip.
 */
export function coBrandingStrip(
  frame: Frame,
  lockup: PlacedLockup,
  brandName: string,
  cosigners: readonly Cosigner[],
): { lockup: PlacedLockup; cosigners: PlacedLockup[] } {
  const signers = stripSigners({
    brand: brandName,
    lines: lockup.geometry.lines.map((l) => l.text),
    cosigners: cosigners.map((c) => c.lockup.lines),
  });
  const area = lockup.area;
  const laid = stripLayout(frame, signers, brandName, area, lockup.geometry.capHeight);
  if (!laid) throw tooManyCosigners(frame, brandName, cosigners, maxRowsOf(frame));

  const align = lockupAlign(lockup);
  const bottom = Math.min(lockup.origin.y + lockup.geometry.height, area.y + area.height - laid.clearSpace);
  const origin = {
    x: Math.round(align === 'end' ? area.x + area.width - laid.width : area.x),
    y: Math.max(area.y + laid.clearSpace, Math.round(bottom - laid.height)),
  };
  // Estimated boxes, cell after cell: the drawing flows the cells at their real width.
  const strip: StripLayout = { rows: [], align, gap: laid.gap, rule: laid.rule };
  const boxes = new Map<string, TextBox[]>();
  const cellRects = new Map<string, { x: number; y: number; width: number; height: number }>();
  let y = 0;
  for (const row of laid.rows) {
    const height = Math.max(...row.map((c) => c.height));
    const rowWidth = row.reduce((sum, c) => sum + c.width, 0) + (row.length - 1) * (2 * laid.gap + laid.rule);
    let x = align === 'end' ? laid.width - rowWidth : 0;
    const cells: StripCell[] = [];
    for (const cell of row) {
      const top = y + Math.round((height - cell.height) / 2);
      const text = cell.text.map((box) => ({ ...box, x: box.x + x, y: box.y + top }));
      cells.push({ kind: cell.kind, text });
      const key = cell.kind === 'brand' ? 'brand' : cell.prefix;
      boxes.set(key, text);
      cellRects.set(key, { x: x + origin.x, y: top + origin.y, width: cell.width, height: cell.height });
      x += cell.width + 2 * laid.gap + laid.rule;
    }
    strip.rows.push({ y, height, cells });
    y += height + laid.rowGap;
  }

  const absolute = (box: TextBox, prefix: string): TextBox => ({
    ...box,
    x: box.x + origin.x,
    y: box.y + origin.y,
    field: `${prefix}${box.field.replace(/^lockup\./, '')}`,
  });
  const brandBox = (boxes.get('brand') ?? [])[0] as TextBox;
  const partnerBoxes = boxes.get('lockup.') ?? [];
  const geometry: LockupGeometry = {
    orientation: 'horizontal',
    capHeight: laid.cap,
    width: laid.width,
    height: laid.height,
    clearSpace: laid.clearSpace,
    brand: brandBox,
    lines: partnerBoxes,
    strip,
  };
  const signed: PlacedLockup = {
    geometry,
    origin,
    variant: lockup.variant,
    graphic: { ...rect(origin.x, origin.y, laid.width, laid.height), kind: 'lockup', safe: true },
    text: [absolute(brandBox, 'lockup.'), ...partnerBoxes.map((b) => absolute(b, 'lockup.'))],
    area,
  };
  const placed = cosigners.map((_, index): PlacedLockup => {
    const prefix = `cosigners[${index}].lockup.`;
    const lines = boxes.get(prefix) ?? [];
    const cell = cellRects.get(prefix) ?? { x: origin.x, y: origin.y, width: 0, height: 0 };
    return {
      geometry: {
        ...geometry,
        strip: undefined,
        inStrip: true,
        lines,
        width: cell.width,
        height: cell.height,
      },
      origin: { x: cell.x, y: cell.y },
      variant: lockup.variant,
      graphic: { ...rect(cell.x, cell.y, cell.width, cell.height), kind: 'lockup', safe: true },
      text: lines.map((b) => absolute(b, prefix)),
      area,
    };
  });
  return { lockup: signed, cosigners: placed };
}

/** Where the template aligned its lockup in the band: on the right edge only when it is not on the left. */
function lockupAlign(lockup: PlacedLockup): 'start' | 'end' {
  const { area, origin, geometry } = lockup;
  const left = Math.abs(origin.x - area.x) <= 1;
  const right = Math.abs(origin.x + geometry.width - (area.x + area.width)) <= 1;
  return right && !left ? 'end' : 'start';
}

function tooManyCosigners(
  frame: Frame,
  brandName: string,
  cosigners: readonly Cosigner[],
  maxRows: number,
): BlasonError {
  const names = cosigners.map((c) => c.name).join(', ');
  const format = frame.format.id;
  return new BlasonError('Contenu invalide', [
    {
      code: 'content/too-many-cosigners',
      severity: 'error',
      language: 'fr',
      path: 'content.cosigners',
      message: `Trop de co-signataires pour le format ${format}\u00a0: ${brandName} et ${names} ne tiennent pas sur ${maxRows === 1 ? 'une ligne' : `${maxRows}\u00a0lignes`} à la taille minimale du bloc-marque`,
      expected: `moins de co-signataires pour ${format}, ou un format plus grand`,
    },
  ]);
}
