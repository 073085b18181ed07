import { useId, useState } from 'react';
import { usePortal } from '../brand/context.js';
import { contrastRatio, formatRatio } from '../brand/contrast.js';
import { colourOf, cssVarName, isHexColour, tokenLeaves, tokenName, valueAt } from '../brand/paths.js';
import type { PortalTheme, TextStyle } from '../brand/types.js';
import { Code, Page, TableHead } from '../ui/Page.js';
import { portalVariables } from '../ui/portalVariables.js';
import { shadowCss } from './shadow.js';
import { textStyleCss } from './TypeScale.js';

const isTextStyle = (value: unknown): value is TextStyle =>
  typeof value === 'object' && value !== null && 'fontFamily' in value && 'fontSize' in value;

const isComparable = (value: unknown): value is unknown =>
  typeof value === 'string' || typeof value === 'number' || Array.isArray(value) || isTextStyle(value);

/** Every comparable token name of a theme (colours, dimensions, text styles, shadows, …). */
export function comparableTokens(theme: PortalTheme): string[] {
  const { print: _print, ...tree } = theme;
  return tokenLeaves(tree, isComparable).map((leaf) => tokenName(leaf.path));
}

function Cell({ theme, path }: { theme: PortalTheme; path: string[] }) {
  const value = valueAt(theme, path);
  if (isHexColour(value)) {
    const surface = colourOf(theme, 'surface.default');
    return (
      <>
        <span className="portal-swatch" style={{ background: value }} aria-hidden="true" />{' '}
        <Code>{value}</Code>
        <br />
        <span className="portal-muted">{formatRatio(contrastRatio(value, surface))} on surface</span>
      </>
    );
  }
  if (isTextStyle(value))
    return <p style={{ ...textStyleCss(value), fontSize: Math.min(value.fontSize, 32) }}>Saint-Omer</p>;
  if (path[0] === 'shadow') {
    return <span style={{ display: 'inline-block', width: 64, height: 40, boxShadow: shadowCss(value) }} />;
  }
  return <Code>{Array.isArray(value) ? value.join(', ') : String(value)}</Code>;
}

/** One token side by side for every partner × mode: the page a designer checks before shipping a change. */
export function Compare({ token: initialToken }: { token: string }) {
  const { brand, partner, mode } = usePortal();
  const [token, setToken] = useState(initialToken);
  const selectId = useId();
  const options = comparableTokens(brand.theme(partner, mode));
  const path = token.split('.');
  return (
    <Page title="Compare a token" lead="One token across every partner (rows) and mode (columns).">
      <div className="portal-controls">
        <label className="portal-field" htmlFor={selectId}>
          Token
          <select id={selectId} value={token} onChange={(event) => setToken(event.target.value)}>
            {options.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <Code>{cssVarName(path)}</Code>
      </div>
      <table className="portal-table">
        <caption>
          <Code>{token}</Code>
        </caption>
        <TableHead columns={['Partner', ...brand.modes]} />
        <tbody>
          {brand.partners.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.shortName ?? p.id}</th>
              {brand.modes.map((m) => {
                const theme = brand.theme(p.id, m);
                const style = {
                  ...portalVariables(theme),
                  background: colourOf(theme, 'surface.default'),
                  color: colourOf(theme, 'text.default'),
                };
                return (
                  <td key={m} style={style} data-partner={p.id} data-mode={m}>
                    <Cell theme={theme} path={path} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
