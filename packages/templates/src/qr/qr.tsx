import QRCode from 'qrcode';
import type { ReactElement } from 'react';
import type { Rect } from '../types.js';

/** Modules of quiet zone around the code, as ISO/IEC 18004 requires. */
const QUIET_ZONE = 4;

/** The dark modules of a QR code as one SVG path in module units, plus its size with quiet zone. */
export function qrPath(data: string): { d: string; size: number } {
  const code = QRCode.create(data, { errorCorrectionLevel: 'M' });
  const n = code.modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (code.modules.get(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { d: parts.join(''), size: n + 2 * QUIET_ZONE };
}

/** A QR code drawn as vector paths (no raster image), square, in `box`. */
export function QrCode(props: { box: Rect; data: string; color: string; background: string }): ReactElement {
  const { box, data, color, background } = props;
  const { d, size } = qrPath(data);
  const side = Math.min(box.width, box.height);
  return (
    <svg
      width={side}
      height={side}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      aria-hidden="true"
      style={{ position: 'absolute', left: box.x, top: box.y }}
    >
      <rect x={0} y={0} width={size} height={size} fill={background} />
      <path d={d} fill={color} />
    </svg>
  );
}
