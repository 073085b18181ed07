import { usePortal } from '../brand/context.js';
import { contrastRatio, formatRatio, wcagLevel } from '../brand/contrast.js';
import { cssVarName, isHexColour, type TokenLeaf, tokenLeaves, tokenName, valueAt } from '../brand/paths.js';
import type { Hex, PortalTheme } from '../brand/types.js';
import { Badge, Code, Page } from '../ui/Page.js';

/** Surfaces every colour is measured against (semantic names, resolved per partner × mode). */
const referenceSurfaces = [
  ['color', 'surface', 'default'],
  ['color', 'surface', 'raised'],
  ['color', 'surface', 'inverse'],
] as const;

/** Reading order of the semantic colour groups (docs/TOKENS.md); unlisted groups come last. */
const groupOrder = ['text', 'surface', 'border', 'brand', 'accent', 'focus', 'status', 'axis'];
const rank = (group: string) => {
  const index = groupOrder.indexOf(group.split('.')[1] ?? '');
  return index < 0 ? groupOrder.length : index;
};

/** Groups colour leaves by their parent path (`color.text`, `color.status.info`, …) in reading order. */
function groupByParent(leaves: TokenLeaf<Hex>[]): [string, TokenLeaf<Hex>[]][] {
  const groups = new Map<string, TokenLeaf<Hex>[]>();
  for (const leaf of leaves) {
    const parent = tokenName(leaf.path.slice(0, -1));
    groups.set(parent, [...(groups.get(parent) ?? []), leaf]);
  }
  return [...groups].sort(([a], [b]) => rank(a) - rank(b));
}

export function colourLeaves(theme: PortalTheme): TokenLeaf<Hex>[] {
  return tokenLeaves(theme.color, isHexColour, ['color']);
}

function Ratio({ foreground, background }: { foreground: Hex; background: Hex }) {
  const ratio = contrastRatio(foreground, background);
  return (
    <>
      {formatRatio(ratio)} <Badge>{wcagLevel(ratio)}</Badge>
    </>
  );
}

function formatCmyk(cmyk: readonly number[] | undefined): string {
  return cmyk ? cmyk.map((value, index) => `${'CMYK'[index]} ${value}`).join(' · ') : '—';
}

/** Every semantic colour of the selected partner × mode, with its print CMYK and contrast ratios. */
export function ColourPalette() {
  const { brand, partner, mode, theme } = usePortal();
  const printTheme = brand.theme(partner, 'print');
  const surfaces = referenceSurfaces.map((path) => ({ path, hex: valueAt(theme, path) as Hex }));
  return (
    <Page
      title="Colours"
      lead={
        <>
          Semantic colours of <strong>{partner}</strong> in <strong>{mode}</strong> mode. CMYK values come
          from the print mode of the same partner; ratios follow WCAG 2.1 (AA: 4.5:1 for text, 3:1 for large
          text and UI components).
        </>
      }
    >
      {groupByParent(colourLeaves(theme)).map(([group, leaves]) => (
        <table key={group} className="portal-table">
          <caption>
            <Code>{group}</Code>
          </caption>
          <thead>
            <tr>
              <th scope="col">Swatch</th>
              <th scope="col">Token</th>
              <th scope="col">CSS variable</th>
              <th scope="col">Hex</th>
              <th scope="col">CMYK (print)</th>
              {surfaces.map(({ path }) => (
                <th key={path.join('.')} scope="col">
                  on {path.at(-1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {leaves.map(({ path, value }) => (
              <tr key={tokenName(path)}>
                <td>
                  <span className="portal-swatch" style={{ background: value }} aria-hidden="true" />
                </td>
                <th scope="row">
                  <Code>{tokenName(path)}</Code>
                </th>
                <td>
                  <Code>{cssVarName(path)}</Code>
                </td>
                <td className="portal-nowrap">
                  <Code>{value}</Code>
                </td>
                <td className="portal-nowrap">{formatCmyk(printTheme.print.cmyk(tokenName(path)))}</td>
                {surfaces.map(({ path: surface, hex }) => (
                  <td key={surface.join('.')}>
                    <Ratio foreground={value} background={hex} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Page>
  );
}

/** Ramps of core colours (`palette.*`, `axis.*`): the raw material semantic colours alias. */
export function Palettes() {
  const { brand, partner, mode, theme } = usePortal();
  const printTheme = brand.theme(partner, 'print');
  const ramps = (['palette', 'axis'] as const).flatMap((root) =>
    Object.entries((theme as unknown as Record<string, Record<string, unknown>>)[root] ?? {}).map(
      ([name, ramp]) => [`${root}.${name}`, tokenLeaves(ramp, isHexColour, [root, name])] as const,
    ),
  );
  return (
    <Page
      title="Palettes"
      lead={
        <>
          Core colour ramps as declared in <Code>tokens/core</Code> and <Code>tokens/axes</Code>, shown for{' '}
          {partner} / {mode}. Semantic colours alias these steps.
        </>
      }
    >
      {ramps
        .filter(([, leaves]) => leaves.length > 0)
        .map(([name, leaves]) => (
          <section key={name} aria-labelledby={`ramp-${name}`}>
            <h2 id={`ramp-${name}`}>
              <Code>{name}</Code>
            </h2>
            <ul className="portal-ramp">
              {leaves.map(({ path, value }) => (
                <li key={tokenName(path)}>
                  <span
                    className="portal-swatch portal-swatch--wide"
                    style={{ background: value }}
                    aria-hidden="true"
                  />
                  <strong>{path.at(-1)}</strong>
                  <Code>{value}</Code>
                  <span className="portal-muted">{formatCmyk(printTheme.print.cmyk(tokenName(path)))}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </Page>
  );
}
