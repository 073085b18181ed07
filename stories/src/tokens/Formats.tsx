import { usePortal } from '../brand/context.js';
import { colourOf } from '../brand/paths.js';
import type { PrintFormat, ScreenFormat } from '../brand/types.js';
import { Code, Page } from '../ui/Page.js';

const isScreen = (format: ScreenFormat | PrintFormat): format is ScreenFormat => 'width' in format;

/** Longest side of a drawn format, in CSS px. */
const drawnSize = 240;

interface Box {
  width: number;
  height: number;
  inner: { top: number; right: number; bottom: number; left: number };
  outer?: number;
}

function FormatDrawing({ box, label }: { box: Box; label: string }) {
  const { theme } = usePortal();
  const outer = box.outer ?? 0;
  const scale = drawnSize / Math.max(box.width + 2 * outer, box.height + 2 * outer);
  const line = colourOf(theme, 'border.strong');
  const accent = colourOf(theme, 'accent.default');
  return (
    <svg
      role="img"
      aria-label={label}
      width={(box.width + 2 * outer) * scale}
      height={(box.height + 2 * outer) * scale}
      viewBox={`${-outer} ${-outer} ${box.width + 2 * outer} ${box.height + 2 * outer}`}
    >
      {outer > 0 ? (
        <rect
          x={-outer}
          y={-outer}
          width={box.width + 2 * outer}
          height={box.height + 2 * outer}
          fill={colourOf(theme, 'surface.sunken')}
        />
      ) : null}
      <rect
        width={box.width}
        height={box.height}
        fill={colourOf(theme, 'surface.raised')}
        stroke={line}
        strokeWidth={1 / scale}
      />
      <rect
        x={box.inner.left}
        y={box.inner.top}
        width={box.width - box.inner.left - box.inner.right}
        height={box.height - box.inner.top - box.inner.bottom}
        fill="none"
        stroke={accent}
        strokeWidth={2 / scale}
        strokeDasharray={`${6 / scale} ${4 / scale}`}
      />
    </svg>
  );
}

/** Output formats of the generated visuals, drawn to scale with their safe zones (and bleed for print). */
export function Formats() {
  const { theme } = usePortal();
  const formats = Object.entries(theme.format);
  return (
    <Page
      title="Formats and safe zones"
      lead="Dashed: the safe zone where text and logos stay. Print formats show the 3 mm bleed around the trim."
    >
      <div className="portal-grid" style={{ ['--portal-grid-min' as string]: '16rem' }}>
        {formats.map(([id, format]) => {
          const screen = isScreen(format);
          const box: Box = screen
            ? { width: format.width, height: format.height, inner: format.safeZone }
            : {
                width: format.trimWidth,
                height: format.trimHeight,
                outer: format.bleed,
                inner: {
                  top: format.safeMargin,
                  right: format.safeMargin,
                  bottom: format.safeMargin,
                  left: format.safeMargin,
                },
              };
          const size = screen
            ? `${format.width} × ${format.height} px`
            : `${format.trimWidth} × ${format.trimHeight} mm`;
          const safe = screen
            ? `safe zone ${format.safeZone.top} / ${format.safeZone.right} / ${format.safeZone.bottom} / ${format.safeZone.left} px`
            : `bleed ${format.bleed} mm, safe margin ${format.safeMargin} mm`;
          return (
            <figure key={id} className="portal-card" style={{ margin: 0 }}>
              <FormatDrawing box={box} label={`${id}: ${size}, ${safe}`} />
              <figcaption>
                <Code>format.{id}</Code>
                <br />
                {size}
                <br />
                <span className="portal-muted">{safe}</span>
              </figcaption>
            </figure>
          );
        })}
      </div>
    </Page>
  );
}
