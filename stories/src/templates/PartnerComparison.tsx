import { FORMAT_IDS, type FormatId, type TemplateId, templates } from '@blason/templates';
import { brand } from '../brand/brand.js';
import { usePortal } from '../brand/context.js';
import { Page } from '../ui/Page.js';
import { type GalleryVisual, renderGalleryVisual } from './engine.js';
import { VisualFigure } from './TemplateGallery.js';
import { useRendered } from './useRendered.js';

export interface PartnerComparisonProps {
  readonly template: TemplateId;
  /** The template's content, as a campaign file gives it. */
  readonly content: unknown;
  /** The two partners drawn side by side (ids of the brand's partners). */
  readonly partners: readonly [string, string];
  /** Formats to draw; every format when empty. */
  readonly formats?: readonly FormatId[];
}

interface Row {
  readonly format: FormatId;
  readonly visuals: readonly GalleryVisual[];
}

/**
 * One template's compositions, format by format, for two partners side by side: the same engine
 * as the gallery and the export (satori in the browser, same fitting and checks), so a reviewer
 * sees whether each partner's version is its own while staying one brand.
 */
export function PartnerComparison({ template, content, partners, formats = [] }: PartnerComparisonProps) {
  const { mode } = usePortal();
  const ids = formats.length > 0 ? formats : FORMAT_IDS;
  // One key for every input: `content`, `ids` and `partners` are new objects at each render.
  const key = JSON.stringify([template, content, ids, partners, mode]);
  const rows = useRendered<readonly Row[]>(key, () =>
    Promise.all(
      ids.map(async (format) => ({
        format,
        visuals: await Promise.all(
          partners.map((partner) => renderGalleryVisual({ template, content, partner, mode, format })),
        ),
      })),
    ),
  );
  const names = partners.map((id) => brand.partners.find((p) => p.id === id)?.name ?? id);
  const failed = rows?.flatMap((row) => row.visuals).filter((visual) => !visual.ok).length ?? 0;
  return (
    <Page
      title={`« ${templates[template].label} » pour deux partenaires`}
      lead={`Chaque format côte à côte : à gauche ${names[0]}, à droite ${names[1]}.`}
    >
      <p role="status" className="gallery-status">
        {rows === undefined
          ? 'Rendu en cours…'
          : failed === 0
            ? `${rows.length * partners.length} visuels rendus par le moteur de l’export.`
            : `${failed} visuel${failed > 1 ? 's' : ''} en erreur : voir ci-dessous.`}
      </p>
      <table className="comparison" style={{ borderCollapse: 'separate', borderSpacing: '16px 24px' }}>
        <thead>
          <tr>
            {names.map((name) => (
              <th key={name} scope="col" style={{ textAlign: 'left' }}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <tr key={row.format} data-format={row.format}>
              {row.visuals.map((visual, index) => (
                <td key={partners[index]} style={{ verticalAlign: 'top' }}>
                  <VisualFigure visual={visual} showSafeZones={false} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
