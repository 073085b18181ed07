import type { CSSProperties } from 'react';
import { usePortal } from '../brand/context.js';
import { cssVarName } from '../brand/paths.js';
import { byValue, numeric } from '../brand/scale.js';
import type { TextStyle } from '../brand/types.js';
import { Code, Page, TableHead } from '../ui/Page.js';

/** French typography: no-break space before `:`, narrow no-break space before `!` and in numbers. */
const specimen =
  'Pays de Saint-Omer\u00a0: 6\u00a0ans, 72\u00a0mois, 2\u202f190\u00a0jours — l’attractivité, ensemble\u202f!';

const fontStack = (family: readonly string[]): string =>
  family.map((name) => (/[\s\d]/.test(name) && !name.includes('-') ? `"${name}"` : name)).join(', ');

export function textStyleCss(style: TextStyle): CSSProperties {
  return {
    fontFamily: fontStack(style.fontFamily),
    fontWeight: style.fontWeight,
    fontSize: style.fontSize,
    lineHeight: style.lineHeight,
    letterSpacing: style.letterSpacing,
    margin: 0,
  };
}

const describe = (style: TextStyle): string =>
  `${style.fontFamily[0]} · ${style.fontWeight} · ${style.fontSize} px / ${style.lineHeight} · ${style.letterSpacing} px`;

/** The typography composites (`text.*`) and the primitive scales, rendered in the brand fonts. */
export function TypeScale() {
  const { theme } = usePortal();
  const { font } = theme;
  return (
    <Page
      title="Typography"
      lead="Text styles and scales, rendered in the brand fonts loaded from @fontsource."
    >
      <h2>Text styles</h2>
      {byValue(theme.text, (style) => style.fontSize, 'descending').map(([name, style]) => (
        <section key={name} aria-labelledby={`text-${name}`} className="portal-type-row">
          <h3 id={`text-${name}`}>
            <Code>text.{name}</Code> <span className="portal-muted">{describe(style)}</span>
          </h3>
          <p style={textStyleCss(style)}>{specimen}</p>
        </section>
      ))}
      <h2>Families</h2>
      <table className="portal-table">
        <TableHead columns={['Token', 'Stack', 'Specimen']} />
        <tbody>
          {Object.entries(font.family).map(([name, family]) => (
            <tr key={name}>
              <th scope="row">
                <Code>font.family.{name}</Code>
              </th>
              <td>
                <Code>{fontStack(family)}</Code>
              </td>
              <td style={{ fontFamily: fontStack(family), fontSize: font.size.lg }}>Aa Éé « ’ » 0123</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Size scale</h2>
      <table className="portal-table">
        <TableHead columns={['Token', 'CSS variable', 'px', 'Specimen']} />
        <tbody>
          {byValue(font.size, numeric, 'descending').map(([name, size]) => (
            <tr key={name}>
              <th scope="row">
                <Code>font.size.{name}</Code>
              </th>
              <td>
                <Code>{cssVarName(['font', 'size', name])}</Code>
              </td>
              <td>{size}</td>
              <td
                style={{ fontSize: size, fontFamily: fontStack(font.family.display ?? []), lineHeight: 1.1 }}
              >
                Saint-Omer
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Weights, line heights, letter spacing</h2>
      <table className="portal-table">
        <TableHead columns={['Token', 'Value', 'Specimen']} />
        <tbody>
          {byValue(font.weight, numeric).map(([name, weight]) => (
            <tr key={`weight-${name}`}>
              <th scope="row">
                <Code>font.weight.{name}</Code>
              </th>
              <td>{weight}</td>
              <td style={{ fontWeight: weight }}>Travailler ensemble</td>
            </tr>
          ))}
          {byValue(font.lineHeight, numeric).map(([name, lineHeight]) => (
            <tr key={`line-${name}`}>
              <th scope="row">
                <Code>font.lineHeight.{name}</Code>
              </th>
              <td>{lineHeight}</td>
              <td style={{ lineHeight, maxWidth: '20rem' }}>
                Des ateliers pour fédérer les acteurs du territoire.
              </td>
            </tr>
          ))}
          {byValue(font.letterSpacing, numeric).map(([name, spacing]) => (
            <tr key={`spacing-${name}`}>
              <th scope="row">
                <Code>font.letterSpacing.{name}</Code>
              </th>
              <td>{spacing} px</td>
              <td style={{ letterSpacing: spacing }}>MARKETING TERRITORIAL</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
