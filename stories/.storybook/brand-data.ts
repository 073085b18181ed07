/**
 * Serialises the brand for the browser: every partner × mode resolved by `loadBrand`, with the print
 * CMYK, aliases and descriptions the docs pages show. Run in Node with the `source` condition by the
 * `virtual:blason/brand` Vite plugin (see main.ts); prints JSON on stdout.
 */
import { type AxisMeta, type Cmyk, loadBrand, type PartnerMeta, type ResolvedTheme } from '@blason/tokens';

export interface ThemeData extends Omit<ResolvedTheme, 'print' | 'tokens'> {
  /** CMYK (0–100) of every colour token that has print values, by dotted path. */
  cmyk: Record<string, Cmyk>;
  /** Alias target of tokens whose whole value is a reference (`color.accent.default` → `palette.indigo.600`). */
  aliases: Record<string, string>;
}

export interface BrandData {
  partners: PartnerMeta[];
  axes: Omit<AxisMeta, 'pictogramFile'>[];
  modes: readonly string[];
  defaults: { partner: string; mode: string };
  /** `$description` of every token that has one, by dotted path. */
  descriptions: Record<string, string>;
  themes: Record<string, ThemeData>;
}

function themeData(theme: ResolvedTheme): ThemeData {
  const { print: _print, tokens, ...values } = theme;
  const cmyk: ThemeData['cmyk'] = {};
  const aliases: ThemeData['aliases'] = {};
  for (const token of tokens.values()) {
    if (token.print) cmyk[token.path] = token.print.cmyk;
    if (token.aliasOf) aliases[token.path] = token.aliasOf;
  }
  return { ...values, cmyk, aliases };
}

export async function brandData(tokensDir: string): Promise<BrandData> {
  const brand = await loadBrand({ tokensDir });
  const themes: BrandData['themes'] = {};
  const descriptions: BrandData['descriptions'] = {};
  for (const partner of brand.partners) {
    for (const mode of brand.modes) {
      const theme = brand.theme(partner.id, mode);
      themes[`${partner.id}/${mode}`] = themeData(theme);
      for (const token of theme.tokens.values()) {
        if (token.definition.description) descriptions[token.path] ??= token.definition.description;
      }
    }
  }
  return {
    partners: [...brand.partners],
    axes: brand.axes.map(({ pictogramFile: _file, ...axis }) => axis),
    modes: brand.modes,
    defaults: brand.defaults,
    descriptions,
    themes,
  };
}

const [tokensDir] = process.argv.slice(2);
if (tokensDir) process.stdout.write(JSON.stringify(await brandData(tokensDir)));
