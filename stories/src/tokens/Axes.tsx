import { usePortal } from '../brand/context.js';
import { contrastRatio, formatRatio, wcagLevel } from '../brand/contrast.js';
import { colourOf } from '../brand/paths.js';
import { Badge, Code, Page } from '../ui/Page.js';
import { pictogramUrl } from './pictograms.js';

function AxisSample({
  label,
  background,
  foreground,
  url,
}: Record<'label' | 'background' | 'foreground', string> & { url?: string }) {
  const ratio = contrastRatio(foreground, background);
  return (
    <div>
      <div
        style={{
          background,
          color: foreground,
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: 16,
          borderRadius: 8,
          fontWeight: 700,
        }}
      >
        {url ? <img src={url} alt="" width={40} height={40} /> : null}
        <span>{label}</span>
      </div>
      <p className="portal-muted">
        {background} / {foreground} — {formatRatio(ratio)} <Badge>{wcagLevel(ratio)}</Badge>
      </p>
    </div>
  );
}

/** The six thematic axes: label, description, pictogram and colour pairs in the selected partner × mode. */
export function Axes() {
  const { brand, theme } = usePortal();
  return (
    <Page title="Thematic axes" lead="Each axis of the territorial offer has a colour pair and a pictogram.">
      <div className="portal-grid" style={{ ['--portal-grid-min' as string]: '20rem' }}>
        {brand.axes.map((axis) => {
          const colour = (role: string) => colourOf(theme, `axis.${axis.id}.${role}`);
          const url = pictogramUrl(axis.id, colourOf(theme, 'text.default'));
          return (
            <section key={axis.id} className="portal-card" aria-labelledby={`axis-${axis.id}`}>
              <h2
                id={`axis-${axis.id}`}
                style={{ marginTop: 0, display: 'flex', alignItems: 'center', gap: 12 }}
              >
                {url ? <img src={url} alt="" width={48} height={48} /> : null}
                {axis.label}
              </h2>
              <p>{axis.description}</p>
              <p>
                <Code>color.axis.{axis.id}</Code>
                {url ? null : <strong> — pictogram missing</strong>}
              </p>
              <AxisSample
                label={axis.label}
                background={colour('surface')}
                foreground={colour('onSurface')}
                url={pictogramUrl(axis.id, colour('onSurface'))}
              />
              <AxisSample
                label={axis.label}
                background={colour('subtle')}
                foreground={colour('onSubtle')}
                url={pictogramUrl(axis.id, colour('onSubtle'))}
              />
            </section>
          );
        })}
      </div>
    </Page>
  );
}
