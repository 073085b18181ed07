import { FORMAT_IDS, type FormatId, type TemplateId, templates } from '@blason/templates';
import { usePortal } from '../brand/context.js';
import { Code, Page } from '../ui/Page.js';
import { type GalleryVisual, renderGalleryVisual } from './engine.js';
import { useRendered } from './useRendered.js';

/** Longest side of a drawn visual, in CSS px. */
const THUMBNAIL = 360;

export interface TemplateGalleryProps {
  readonly template: TemplateId;
  /** The template's content, as a campaign file gives it (checked by the template's schema). */
  readonly content: unknown;
  /** Formats to draw; every format when empty. */
  readonly formats?: readonly FormatId[];
  /** Outline the safe zone of each format (from the format tokens, as the layout uses it). */
  readonly showSafeZones?: boolean;
}

/**
 * One template in every format for the toolbar's partner, drawn by the export's engine (satori in
 * the browser, same fonts, same fitting and checks). A content problem shows in French, per format.
 */
export function TemplateGallery({
  template,
  content,
  formats = [],
  showSafeZones = false,
}: TemplateGalleryProps) {
  const { partner, mode } = usePortal();
  const ids = formats.length > 0 ? formats : FORMAT_IDS;
  // One key for every input: `content` and `ids` are new objects at each Storybook render.
  const key = JSON.stringify([template, content, ids, partner, mode]);
  const visuals = useRendered(key, () =>
    Promise.all(ids.map((format) => renderGalleryVisual({ template, content, partner, mode, format }))),
  );
  const failed = visuals?.filter((visual) => !visual.ok).length ?? 0;
  return (
    <Page title={`Gabarit « ${templates[template].label} »`} lead={templates[template].description}>
      <p role="status" className="gallery-status">
        {visuals === undefined
          ? 'Rendu en cours…'
          : failed === 0
            ? `${visuals.length} formats rendus par le moteur de l’export.`
            : `${failed} format${failed > 1 ? 's' : ''} sur ${visuals.length} en erreur : voir ci-dessous.`}
      </p>
      <div className="gallery-grid" data-ready={visuals === undefined ? 'false' : 'true'}>
        {(visuals ?? []).map((visual) => (
          <VisualFigure key={visual.format.id} visual={visual} showSafeZones={showSafeZones} />
        ))}
      </div>
    </Page>
  );
}

export function VisualFigure({ visual, showSafeZones }: { visual: GalleryVisual; showSafeZones: boolean }) {
  const { format } = visual;
  const scale = THUMBNAIL / Math.max(format.width, format.height);
  const size = { width: Math.round(format.width * scale), height: Math.round(format.height * scale) };
  return (
    <figure className="gallery-figure" data-format={format.id}>
      {visual.ok ? (
        <div className="gallery-visual" style={size}>
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(visual.svg)}`}
            alt={visual.alt}
            width={size.width}
            height={size.height}
          />
          {showSafeZones ? <SafeZones visual={visual} scale={scale} /> : null}
        </div>
      ) : (
        <div className="gallery-error" role="alert" style={{ minHeight: size.height }}>
          <p>
            <strong>{visual.title}</strong>
          </p>
          <ul>
            {visual.problems.map((problem) => (
              <li key={`${problem.path ?? ''}${problem.message}`}>
                {problem.path ? <Code>{problem.path}</Code> : null} {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <figcaption>
        <Code>{format.id}</Code> {format.width} × {format.height} px
        {visual.ok && visual.notes.length > 0 ? (
          <ul className="gallery-notes">
            {visual.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </figcaption>
    </figure>
  );
}

function SafeZones({ visual, scale }: { visual: Extract<GalleryVisual, { ok: true }>; scale: number }) {
  const { safeArea } = visual;
  const px = (value: number) => `${value * scale}px`;
  return (
    <div className="gallery-safe" aria-hidden="true">
      <div
        className="gallery-safe-area"
        style={{
          left: px(safeArea.x),
          top: px(safeArea.y),
          width: px(safeArea.width),
          height: px(safeArea.height),
        }}
      />
    </div>
  );
}
