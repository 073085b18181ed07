import type { ResolvedTheme } from '@blason/tokens';
import type { ReactElement, ReactNode } from 'react';
import { statusColour } from '../theme.js';
import { type Box, SHEET, type SheetLayout } from './layout.js';

/** Text of the sheet, in French, prepared by the caller (names, sizes from tokens). */
export interface SheetText {
  readonly title: string;
  readonly subtitle: string;
  readonly tileCaptions: readonly (readonly string[])[];
  readonly clearSpaceCaption: string;
  readonly minSizeCaption: string;
  readonly forbiddenCaptions: readonly string[];
  readonly footer: string;
}

export interface UsageSheetProps {
  readonly theme: ResolvedTheme;
  readonly layout: SheetLayout;
  readonly text: SheetText;
  /** Tiles whose background is the brand surface (the reversed variant). */
  readonly brandTiles: readonly (readonly boolean[])[];
  /** Clear-space frame drawn around the logo artboard in the clear-space tile. */
  readonly clearSpaceFrame: Box;
  readonly clearSpaceInk: Box;
}

function at(box: Box, children?: ReactNode, style: Record<string, unknown> = {}): ReactElement {
  return (
    <div
      style={{
        position: 'absolute',
        left: box.x,
        top: box.y,
        width: box.width,
        height: box.height,
        display: 'flex',
        ...style,
      }}
    >
      {children}
    </div>
  );
}

/** Everything on the sheet except the logos themselves, which are drawn in afterwards. */
export function UsageSheet(props: UsageSheetProps): ReactElement {
  const { theme, layout, text } = props;
  const c = theme.color;
  const body = theme.font.family.body.join(', ');
  const display = theme.font.family.display.join(', ');
  const heading = (box: Box, label: string) =>
    at(box, label, { fontFamily: display, fontWeight: 800, fontSize: 18, color: c.text.default });
  const caption = (box: Box, label: string) =>
    at(box, label, { fontFamily: body, fontSize: 13, lineHeight: 1.3, color: c.text.muted, paddingTop: 4 });
  const tile = (box: Box, brand: boolean, key: string) => (
    <div
      key={key}
      style={{
        position: 'absolute',
        left: box.x,
        top: box.y,
        width: box.width,
        height: box.height,
        backgroundColor: brand ? c.surface.brand : c.surface.default,
        border: `1px solid ${c.border.default}`,
      }}
    />
  );
  const cross = (box: Box, key: string) => {
    const size = 28;
    const bar = (angle: number) => (
      <div
        style={{
          position: 'absolute',
          left: 0,
          top: size / 2 - 2,
          width: size,
          height: 4,
          backgroundColor: statusColour(theme, 'danger', 'border'),
          transform: `rotate(${angle}deg)`,
        }}
      />
    );
    return (
      <div
        key={key}
        style={{
          position: 'absolute',
          left: box.x + box.width - size - 8,
          top: box.y + 8,
          width: size,
          height: size,
        }}
      >
        {bar(45)}
        {bar(-45)}
      </div>
    );
  };
  return (
    <div
      style={{
        position: 'relative',
        width: SHEET.width,
        height: SHEET.height,
        display: 'flex',
        backgroundColor: c.surface.default,
        fontFamily: body,
      }}
    >
      {at({ x: 0, y: 0, width: SHEET.width, height: SHEET.header }, undefined, {
        backgroundColor: c.surface.brand,
      })}
      {at({ x: SHEET.margin, y: 18, width: SHEET.width - 2 * SHEET.margin, height: 36 }, text.title, {
        fontFamily: display,
        fontWeight: 800,
        fontSize: 26,
        color: c.text.onBrand,
      })}
      {at({ x: SHEET.margin, y: 56, width: SHEET.width - 2 * SHEET.margin, height: 24 }, text.subtitle, {
        fontSize: 15,
        color: c.text.onBrand,
      })}
      {heading(layout.versions.title, 'Versions')}
      {layout.versions.tiles.flatMap((row, r) =>
        row.map((box, v) => [
          tile(box, props.brandTiles[r]?.[v] ?? false, `tile-${r}-${v}`),
          caption(
            { x: box.x, y: box.y + box.height + 2, width: box.width, height: 30 },
            text.tileCaptions[r]?.[v] ?? '',
          ),
        ]),
      )}
      {heading(layout.clearSpace.title, 'Zone de protection')}
      {tile(layout.clearSpace.tile, false, 'clear-tile')}
      {at(props.clearSpaceFrame, undefined, {
        backgroundColor: c.accent.subtle,
        border: `1px dashed ${c.accent.default}`,
      })}
      {at(props.clearSpaceInk, undefined, { backgroundColor: c.surface.default })}
      {caption(layout.clearSpace.caption, text.clearSpaceCaption)}
      {heading(layout.minSize.title, 'Taille minimale')}
      {tile(layout.minSize.tile, false, 'min-tile')}
      {caption(layout.minSize.caption, text.minSizeCaption)}
      {heading(layout.forbidden.title, 'Usages interdits')}
      {layout.forbidden.tiles.flatMap((box, i) => [
        tile(box, false, `forbidden-${i}`),
        cross(box, `cross-${i}`),
        caption(
          { x: box.x, y: box.y + box.height + 2, width: box.width, height: 30 },
          text.forbiddenCaptions[i] ?? '',
        ),
      ])}
      {at(layout.footer, text.footer, { fontSize: 11, color: c.text.muted })}
    </div>
  );
}
