import { type TemplateTheme, themeNumber } from '../theme.js';
import type { Rect, TextBox, TextFieldStyle } from '../types.js';
import { exactAdvance, textAdvance } from './advances.js';

export type LockupOrientation = 'horizontal' | 'vertical';
export type LockupVariant = 'colour' | 'black' | 'reversed';

/** What a co-branding lockup shows: the shared brand wordmark and the partner's name lines. */
export interface LockupNames {
  /** The shared brand ("Pays de Saint-Omer"). */
  brand: string;
  /** The partner name as split on the lockup (`partner.lockup.lines`); empty for the brand itself. */
  lines: readonly string[];
  /**
   * The co-signers' name lines, in the campaign's order, when the visual is co-signed: templates
   * size their lockup band for the co-branding strip (`signatureBandHeight`).
   */
  cosigners?: readonly (readonly string[])[];
}

/**
 * Cap heights of the brand faces, in em, measured on Bricolage Grotesque ExtraBold and Atkinson
 * Hyperlegible Next SemiBold: the lockup tokens are multiples of the wordmark cap height H, and
 * boxes must be sized before the engine measures them (widths come from `advances.ts`).
 */
export const DISPLAY_CAP_HEIGHT = 0.66;
export const BODY_CAP_HEIGHT = 0.668;
/** Used when the brand has no `logo.lockup.partnerNameScale` token (cap height of partner lines / H). */
const DEFAULT_PARTNER_NAME_SCALE = 0.5;

export interface LockupGeometry {
  orientation: LockupOrientation;
  /** Wordmark cap height H, px. */
  capHeight: number;
  /** Size of the lockup without its clear space. */
  width: number;
  height: number;
  /** Clear space to keep free on every side, px. */
  clearSpace: number;
  divider?: Rect;
  /** Text boxes relative to the lockup's top-left corner: `lockup.brand`, `lockup.lines[i]`. */
  brand: TextBox;
  lines: TextBox[];
  /** A co-branding strip, drawn whole by the signing partner's lockup (see `strip.ts`). */
  strip?: StripLayout;
  /** A co-signer's share of a strip: laid out for the checks, drawn by the strip. */
  inStrip?: boolean;
}

/**
 * A co-branding strip as drawn: rows of cells (the shared wordmark, then each signer's name
 * lines) separated by thin rules, relative to the strip's top-left corner. Cells flow at their
 * real width when drawn; their text boxes hold a generous estimate.
 */
export interface StripLayout {
  rows: StripRow[];
  align: 'start' | 'end';
  /** Space on each side of a rule, px. */
  gap: number;
  /** Thickness of a rule, px. */
  rule: number;
}

export interface StripRow {
  y: number;
  height: number;
  cells: StripCell[];
}

export interface StripCell {
  /** `brand`: the shared wordmark; `names`: a signer's name lines. */
  kind: 'brand' | 'names';
  text: TextBox[];
}

function family(list: readonly string[] | string): string {
  return (typeof list === 'string' ? [list] : list)
    .map((name) => (/\s/.test(name) ? `"${name}"` : name))
    .join(', ');
}

/** Cap height of the partner name lines relative to the wordmark's (H), from the lockup tokens. */
export function partnerNameScale(theme: TemplateTheme): number {
  return themeNumber(theme, 'logo.lockup.partnerNameScale') ?? DEFAULT_PARTNER_NAME_SCALE;
}

/**
 * Smallest legible cap height of the partner name lines, `logo.lockup.partnerNameMinCapHeight`
 * (px on screen, mm in print); undefined when the brand sets none.
 */
export function partnerNameMinCapHeight(
  theme: TemplateTheme,
  medium: 'screen' | 'print',
): number | undefined {
  return themeNumber(theme, `logo.lockup.partnerNameMinCapHeight.${medium}`);
}

function lockupText(
  field: string,
  text: string,
  box: Rect,
  fontSize: number,
  lineHeight: number,
  style: TextFieldStyle,
  align: TextBox['align'],
): TextBox {
  return {
    ...box,
    field,
    text,
    role: 'label',
    steps: [{ fontSize, lineHeight }],
    maxLines: 1,
    style,
    align,
    verticalAlign: 'center',
  };
}

/**
 * How a vertical lockup stacks its wordmark, divider and name lines: centred on one another (the
 * logo files), or flush left, for a lockup set in a column of left-aligned text.
 */
export type LockupStack = 'center' | 'start';

/** Lays out a lockup whose wordmark cap height is `capHeight` px, relative to its top-left corner. */
export function lockupGeometry(
  theme: TemplateTheme,
  names: LockupNames,
  orientation: LockupOrientation,
  capHeight: number,
  stack: LockupStack = 'center',
): LockupGeometry {
  const H = capHeight;
  const lineHeight = theme.font.lineHeight.tight;
  const gap = Math.round(theme.logo.lockup.gap * H);
  const thickness = Math.max(1, Math.round(theme.logo.lockup.dividerWidth * H));
  const clearSpace = Math.round(theme.logo.clearSpace * H);
  const brandFont = Math.round(H / DISPLAY_CAP_HEIGHT);
  const lineFont = Math.round((partnerNameScale(theme) * H) / BODY_CAP_HEIGHT);
  const brandLine = Math.round(brandFont * lineHeight);
  const partnerLine = Math.round(lineFont * lineHeight);
  const brandStyle: TextFieldStyle = {
    fontFamily: family(theme.font.family.display),
    fontWeight: theme.font.weight.extrabold,
    fontStyle: 'normal',
    letterSpacing: 0,
    textTransform: 'none',
  };
  const lineStyle: TextFieldStyle = {
    ...brandStyle,
    fontFamily: family(theme.font.family.body),
    fontWeight: theme.font.weight.semibold,
  };
  // The faces' own advances: an average advance overestimated the wordmark by about a sixth, which
  // pushed a vertical lockup's centred wordmark that far off the margin.
  const brandWidth = textAdvance(names.brand, brandFont, 'display');
  const linesWidth = Math.max(0, ...names.lines.map((line) => textAdvance(line, lineFont, 'body')));
  const linesHeight = names.lines.length * partnerLine;
  const base = { orientation, capHeight: H, clearSpace };
  const brandAt = (x: number, y: number, align: TextBox['align']) =>
    lockupText(
      'lockup.brand',
      names.brand,
      { x, y, width: brandWidth, height: brandLine },
      brandFont,
      lineHeight,
      brandStyle,
      align,
    );
  const linesAt = (x: number, top: number, align: TextBox['align']) =>
    names.lines.map((line, i) =>
      lockupText(
        `lockup.lines[${i}]`,
        line,
        { x, y: top + i * partnerLine, width: linesWidth, height: partnerLine },
        lineFont,
        lineHeight,
        lineStyle,
        align,
      ),
    );

  if (orientation === 'horizontal') {
    const height = Math.max(brandLine, linesHeight);
    const brand = brandAt(0, Math.round((height - brandLine) / 2), 'start');
    if (names.lines.length === 0) return { ...base, width: brandWidth, height, brand, lines: [] };
    const divider = { x: brandWidth + gap, y: 0, width: thickness, height };
    const x = divider.x + thickness + gap;
    const lines = linesAt(x, Math.round((height - linesHeight) / 2), 'start');
    return { ...base, width: x + linesWidth, height, divider, brand, lines };
  }

  const width = Math.max(brandWidth, linesWidth);
  const stackAt = (itemWidth: number) => (stack === 'start' ? 0 : Math.round((width - itemWidth) / 2));
  const brand = brandAt(stackAt(brandWidth), 0, stack);
  if (names.lines.length === 0) return { ...base, width, height: brandLine, brand, lines: [] };
  const dividerWidth = Math.round(brandWidth / 3);
  const divider = { x: stackAt(dividerWidth), y: brandLine + gap, width: dividerWidth, height: thickness };
  const top = divider.y + thickness + gap;
  const lines = linesAt(stackAt(linesWidth), top, stack);
  return { ...base, width, height: top + linesHeight, divider, brand, lines };
}

/** Smallest cap height at which the wordmark is `minWidth` px wide (the `logo.minSize` rule). */
export function minCapHeight(names: LockupNames, minWidth: number): number {
  const perCap = exactAdvance(names.brand, 1000 / DISPLAY_CAP_HEIGHT, 'display') / 1000;
  return Math.ceil(minWidth / perCap);
}

/** The largest cap height whose lockup and clear space fit `box`, not below `minCap`. */
export function fitCapHeight(
  theme: TemplateTheme,
  names: LockupNames,
  orientation: LockupOrientation,
  box: { width: number; height: number },
  minCap: number,
): number {
  const probe = lockupGeometry(theme, names, orientation, 100);
  const outerW = probe.width + 2 * probe.clearSpace;
  const outerH = probe.height + 2 * probe.clearSpace;
  let cap = Math.floor(100 * Math.min(box.width / outerW, box.height / outerH));
  // Rounding inside the geometry can add a pixel or two: step down until it really fits.
  while (cap > minCap) {
    const g = lockupGeometry(theme, names, orientation, cap);
    if (g.width + 2 * g.clearSpace <= box.width && g.height + 2 * g.clearSpace <= box.height) break;
    cap -= 1;
  }
  return Math.max(minCap, cap);
}

/** A geometry's text boxes in canvas coordinates, for layouts and the engine. */
export function placeLockupText(geometry: LockupGeometry, origin: { x: number; y: number }): TextBox[] {
  const move = (box: TextBox): TextBox => ({ ...box, x: box.x + origin.x, y: box.y + origin.y });
  return [move(geometry.brand), ...geometry.lines.map(move)];
}
