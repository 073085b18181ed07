import { Button } from '@blason/react';
import { formatLabel } from '@blason/templates/format';
import { useId, useState } from 'react';
import type { FormatInfo } from './api.js';
import { extensionLabel } from './labels.js';

export interface Preview {
  /** Object URL of the PNG, once rendered. */
  readonly url?: string;
  readonly status: 'rendering' | 'ready' | 'failed';
}

interface PreviewsProps {
  readonly formats: readonly FormatInfo[];
  readonly previews: Readonly<Record<string, Preview>>;
  readonly onDownload: (format: FormatInfo, ext: string) => void;
}

/** Every format side by side, each with its downloads; safe zones drawn on demand. */
export function Previews({ formats, previews, onDownload }: PreviewsProps) {
  const [safeZones, setSafeZones] = useState(false);
  const toggleId = useId();
  return (
    <>
      <div className="field field-checkbox">
        <input
          id={toggleId}
          type="checkbox"
          checked={safeZones}
          onChange={(event) => setSafeZones(event.target.checked)}
        />
        <label htmlFor={toggleId}>Afficher les zones de sécurité (écrans) et zones utiles (affiches)</label>
      </div>
      <ul className="previews">
        {formats.map((format) => (
          <PreviewCard
            key={format.id}
            format={format}
            preview={previews[format.id]}
            safeZones={safeZones}
            onDownload={onDownload}
          />
        ))}
      </ul>
    </>
  );
}

function PreviewCard({
  format,
  preview,
  safeZones,
  onDownload,
}: {
  format: FormatInfo;
  preview: Preview | undefined;
  safeZones: boolean;
  onDownload: PreviewsProps['onDownload'];
}) {
  const [ext, setExt] = useState(format.extensions[0] ?? 'png');
  const selectId = useId();
  const label = formatLabel(format.id);
  // A print preview is the trim area: its safe area is measured from the trim, inside the bleed.
  const { bleed } = format;
  const width = format.width - 2 * bleed;
  const height = format.height - 2 * bleed;
  const inset = (side: keyof FormatInfo['safeZone'], size: number) =>
    `${((format.safeZone[side] - bleed) / size) * 100}%`;
  return (
    <li className="preview" aria-busy={preview?.status === 'rendering'}>
      <figure>
        <div className="preview-frame" style={{ aspectRatio: `${width} / ${height}` }}>
          {preview?.url ? (
            <img
              src={preview.url}
              alt={`Aperçu ${label}`}
              data-format={format.id}
              width={width}
              height={height}
            />
          ) : (
            <span className="preview-placeholder">
              {preview?.status === 'failed' ? 'Aperçu indisponible' : 'Aperçu en cours…'}
            </span>
          )}
          {safeZones && format.kind === 'print' && <span className="trim-line" aria-hidden="true" />}
          {safeZones && (
            <span
              className="safe-zone"
              aria-hidden="true"
              style={{
                top: inset('top', height),
                right: inset('right', width),
                bottom: inset('bottom', height),
                left: inset('left', width),
              }}
            />
          )}
        </div>
        <figcaption>
          <strong>{label}</strong>{' '}
          <span className="muted">
            {format.width} × {format.height} px{format.kind === 'print' ? ', impression' : ''}
          </span>
        </figcaption>
      </figure>
      <div className="download">
        <label htmlFor={selectId}>Type de fichier ({label})</label>
        <select id={selectId} value={ext} onChange={(event) => setExt(event.target.value as typeof ext)}>
          {format.extensions.map((e) => (
            <option key={e} value={e}>
              {extensionLabel(e)}
            </option>
          ))}
        </select>
        <Button variant="secondary" size="sm" onClick={() => onDownload(format, ext)}>
          Télécharger {label}
        </Button>
      </div>
    </li>
  );
}
