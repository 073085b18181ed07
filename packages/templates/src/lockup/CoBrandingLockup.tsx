import type { ReactElement } from 'react';
import { absoluteAt } from '../layout/position.js';
import { TextField, textBlock } from '../text/TextField.js';
import type { TemplateTheme } from '../theme.js';
import type { FieldFit, TextBox } from '../types.js';
import {
  type LockupGeometry,
  type LockupNames,
  type LockupOrientation,
  type LockupVariant,
  lockupGeometry,
  minCapHeight,
  type StripCell,
} from './geometry.js';

/** Colours of one variant, all semantic roles of the theme. */
export interface LockupColours {
  brand: string;
  partner: string;
  divider: string;
}

/**
 * `colour` on light surfaces; `black` for one-colour print (with a light or print theme, whose
 * default text is near black); `reversed` on the brand surface.
 */
export function lockupColours(theme: TemplateTheme, variant: LockupVariant): LockupColours {
  const c = theme.color;
  switch (variant) {
    case 'colour':
      return { brand: c.brand.default, partner: c.text.default, divider: c.accent.default };
    case 'black':
      return { brand: c.text.default, partner: c.text.default, divider: c.text.default };
    case 'reversed':
      return { brand: c.text.onBrand, partner: c.text.onBrand, divider: c.text.onBrand };
  }
}

export interface CoBrandingLockupProps {
  theme: TemplateTheme;
  names: LockupNames;
  orientation: LockupOrientation;
  variant: LockupVariant;
  /** Wordmark cap height H in px (default: the minimum screen size); ignored with `geometry`. */
  capHeight?: number;
  geometry?: LockupGeometry;
  /** Top-left corner of the lockup itself (its clear space lies around); default 0, 0. */
  x?: number;
  y?: number;
}

/** Where the lockup itself stands (its clear space lies around). */
function lockupBox(geometry: LockupGeometry, at: { x?: number | undefined; y?: number | undefined }) {
  return absoluteAt({ x: at.x ?? 0, y: at.y ?? 0, width: geometry.width, height: geometry.height });
}

/**
 * The shared brand wordmark with the partner's name lines, a satori element of
 * `geometry.width × geometry.height` (without clear space). Fixed sizes: a lockup is never
 * re-fitted, it is scaled as a whole.
 */
export function CoBrandingLockup(props: CoBrandingLockupProps): ReactElement {
  const geometry =
    props.geometry ??
    lockupGeometry(
      props.theme,
      props.names,
      props.orientation,
      props.capHeight ?? minCapHeight(props.names, props.theme.logo.minSize.screen),
    );
  const colours = lockupColours(props.theme, props.variant);
  // A co-signer's names are drawn by the strip, in the signing partner's lockup.
  if (geometry.inStrip) return <div style={{ position: 'absolute', width: 0, height: 0 }} />;
  if (geometry.strip) return <StripLockup {...props} geometry={geometry} colours={colours} />;
  if (geometry.orientation === 'horizontal' && geometry.divider) {
    return <HorizontalLockup {...props} geometry={geometry} colours={colours} />;
  }
  return (
    <div style={{ ...lockupBox(geometry, props), display: 'flex' }}>
      <TextField box={geometry.brand} fitted={{}} color={colours.brand} />
      {geometry.divider ? (
        <div style={{ ...absoluteAt(geometry.divider), backgroundColor: colours.divider }} />
      ) : null}
      {geometry.lines.map((line) => (
        <TextField key={line.field} box={line} fitted={{}} color={colours.partner} />
      ))}
    </div>
  );
}

/**
 * Horizontal lockups flow as a row, so the divider follows the wordmark's real width: the
 * geometry's boxes are sized from a generous estimate (they must hold the text), and placing the
 * divider at the box edge would leave more than the `logo.lockup.gap` token before it.
 */
function HorizontalLockup({
  geometry,
  colours,
  x,
  y,
}: CoBrandingLockupProps & { geometry: LockupGeometry; colours: LockupColours }): ReactElement {
  const divider = geometry.divider as NonNullable<LockupGeometry['divider']>;
  const gap = (geometry.lines[0]?.x ?? divider.x + divider.width) - (divider.x + divider.width);
  return (
    <div
      style={{
        ...lockupBox(geometry, { x, y }),
        display: 'flex',
        flexDirection: 'row',
        alignItems: 'center',
      }}
    >
      {oneLine(geometry.brand, colours.brand)}
      <div
        style={{
          flexShrink: 0,
          width: divider.width,
          height: divider.height,
          marginLeft: gap,
          marginRight: gap,
          backgroundColor: colours.divider,
        }}
      />
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {geometry.lines.map((line) => oneLine(line, colours.partner))}
      </div>
    </div>
  );
}

/** One line of a lockup at its own width, centred in its box's height. */
function oneLine(box: TextBox, color: string): ReactElement {
  return (
    <div
      key={box.field}
      style={{ display: 'flex', whiteSpace: 'nowrap', height: box.height, alignItems: 'center' }}
    >
      {textBlock(box, box.steps[0] as FieldFit, color, 'min-content')}
    </div>
  );
}

/**
 * A co-branding strip: each row flows its cells at their real width (the wordmark, then each
 * signer's name lines), a thin rule between neighbours, so rules sit `gap` from the ink whatever
 * the estimate of the boxes.
 */
function StripLockup({
  geometry,
  colours,
  x,
  y,
}: CoBrandingLockupProps & { geometry: LockupGeometry; colours: LockupColours }): ReactElement {
  const strip = geometry.strip as NonNullable<LockupGeometry['strip']>;
  const cell = (c: StripCell) =>
    c.kind === 'brand' ? (
      oneLine(c.text[0] as TextBox, colours.brand)
    ) : (
      <div key={c.text[0]?.field} style={{ display: 'flex', flexDirection: 'column', flexShrink: 0 }}>
        {c.text.map((line) => oneLine(line, colours.partner))}
      </div>
    );
  return (
    <div style={{ ...lockupBox(geometry, { x, y }), display: 'flex' }}>
      {strip.rows.map((row) => (
        <div
          key={row.y}
          style={{
            position: 'absolute',
            left: 0,
            top: row.y,
            width: geometry.width,
            height: row.height,
            display: 'flex',
            flexDirection: 'row',
            alignItems: 'center',
            justifyContent: strip.align === 'end' ? 'flex-end' : 'flex-start',
          }}
        >
          {row.cells.flatMap((c, index) => [
            ...(index > 0
              ? [
                  <div
                    key={`rule${c.text[0]?.field}`}
                    style={{
                      flexShrink: 0,
                      width: strip.rule,
                      height: row.height,
                      marginLeft: strip.gap,
                      marginRight: strip.gap,
                      backgroundColor: colours.divider,
                    }}
                  />,
                ]
              : []),
            cell(c),
          ])}
        </div>
      ))}
    </div>
  );
}
