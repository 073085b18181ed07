import type { ReactNode } from 'react';
import { usePortal } from '../brand/context.js';
import { colourOf, cssVarName } from '../brand/paths.js';
import { byValue, numeric } from '../brand/scale.js';
import { Code, Page, TableHead } from '../ui/Page.js';
import { shadowCss } from './shadow.js';

function Row({ path, value, children }: { path: string[]; value: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">
        <Code>{path.join('.')}</Code>
      </th>
      <td>
        <Code>{cssVarName(path)}</Code>
      </td>
      <td>{value}</td>
      <td>{children}</td>
    </tr>
  );
}

const COLUMNS = ['Token', 'CSS variable', 'Value', 'Sample'];

/** Spacing, radii, border widths, shadows and component sizes of the selected partner × mode. */
export function Dimensions() {
  const { theme } = usePortal();
  const accent = colourOf(theme, 'accent.default');
  const strongBorder = colourOf(theme, 'border.strong');
  const raised = colourOf(theme, 'surface.raised');
  const sizeEntries = Object.entries(theme.size);
  return (
    <Page title="Spacing, radii, borders, shadows" lead="Dimensions in px, multiples of 4 for spacing.">
      <table className="portal-table">
        <caption>Spacing</caption>
        <TableHead columns={COLUMNS} />
        <tbody>
          {byValue(theme.space, numeric).map(([name, px]) => (
            <Row key={name} path={['space', name]} value={`${px} px`}>
              <span style={{ display: 'inline-block', width: px, height: 16, background: accent }} />
            </Row>
          ))}
        </tbody>
      </table>
      <table className="portal-table">
        <caption>Radii</caption>
        <TableHead columns={COLUMNS} />
        <tbody>
          {byValue(theme.radius, numeric).map(([name, px]) => (
            <Row key={name} path={['radius', name]} value={`${px} px`}>
              <span
                style={{
                  display: 'inline-block',
                  width: 64,
                  height: 40,
                  borderRadius: px,
                  border: `2px solid ${strongBorder}`,
                }}
              />
            </Row>
          ))}
        </tbody>
      </table>
      <table className="portal-table">
        <caption>Border widths</caption>
        <TableHead columns={COLUMNS} />
        <tbody>
          {byValue(theme.border.width, numeric).map(([name, px]) => (
            <Row key={name} path={['border', 'width', name]} value={`${px} px`}>
              <span
                style={{ display: 'inline-block', width: 64, borderTop: `${px}px solid ${strongBorder}` }}
              />
            </Row>
          ))}
        </tbody>
      </table>
      <table className="portal-table">
        <caption>Shadows</caption>
        <TableHead columns={COLUMNS} />
        <tbody>
          {Object.entries(theme.shadow).map(([name, value]) => (
            <Row key={name} path={['shadow', name]} value={shadowCss(value)}>
              <span
                style={{
                  display: 'inline-block',
                  width: 80,
                  height: 48,
                  margin: 8,
                  borderRadius: theme.radius.md,
                  background: raised,
                  boxShadow: shadowCss(value),
                }}
              />
            </Row>
          ))}
        </tbody>
      </table>
      {sizeEntries.map(([group, sizes]) => (
        <table key={group} className="portal-table">
          <caption>Sizes: {group}</caption>
          <TableHead columns={COLUMNS} />
          <tbody>
            {byValue(sizes, numeric).map(([name, px]) => (
              <Row key={name} path={['size', group, name]} value={`${px} px`}>
                <span
                  style={{
                    display: 'inline-block',
                    width: px,
                    height: px,
                    border: `1px dashed ${strongBorder}`,
                  }}
                />
              </Row>
            ))}
          </tbody>
        </table>
      ))}
    </Page>
  );
}
