import { join } from 'node:path';
import { BlasonError, unknownValueMessage } from '@blason/core';
import { nodeFonts } from '@blason/render';
import { brandNameOf, type LockupNames, lockupNames } from '@blason/templates';
import { type Brand, loadBrand, type PartnerMeta, type ResolvedTheme } from '@blason/tokens';
import {
  altOf,
  type DrawnLogo,
  type LogoSpec,
  type PartnerContext,
  PX_TO_PT,
  pdfOfLogo,
  wordmarkPerCapHeight,
} from './drawn.js';
import { writeLogoFile } from './files.js';
import { drawLockup, type LockupArt } from './lockup.js';
import { Memo } from './memo.js';
import { minSizeOf } from './min-size.js';
import { svgToPng } from './raster.js';
import { buildUsageSheet } from './sheet/build-sheet.js';
import { logoSvgProblems, titledSvg } from './svg-safety.js';
import type {
  BuildLogosOptions,
  BuildLogosResult,
  LogoEntry,
  LogoOrientation,
  LogoRules,
  LogoVariant,
} from './types.js';

/** Wordmark cap height H of the 1 × files, px: a 1 × wordmark is about 650 px wide. */
export const LOGO_CAP_HEIGHT = 48;
export const LOGO_VARIANTS: readonly LogoVariant[] = ['colour', 'black', 'reversed'];
export const LOGO_ORIENTATIONS: readonly LogoOrientation[] = ['horizontal', 'vertical'];

/** Everything a partner gets: the wordmark in each variant, and its lockup in both orientations. */
export function logoSpecs(names: LockupNames): LogoSpec[] {
  const wordmark = LOGO_VARIANTS.map((variant) => ({
    kind: 'wordmark' as const,
    orientation: 'horizontal' as const,
    variant,
    names: { brand: names.brand, lines: [] },
  }));
  if (names.lines.length === 0) return wordmark;
  const lockups = LOGO_ORIENTATIONS.flatMap((orientation) =>
    LOGO_VARIANTS.map((variant) => ({ kind: 'lockup' as const, orientation, variant, names })),
  );
  return [...wordmark, ...lockups];
}

export function logoBaseName(spec: LogoSpec): string {
  return spec.kind === 'wordmark' ? `wordmark-${spec.variant}` : `lockup-${spec.orientation}-${spec.variant}`;
}

/**
 * Writes `<outDir>/<partner>/logos/`: SVG (text as paths), PNG at each scale with a transparent
 * background, and a CMYK vector PDF for every logo, then the partner's usage sheet.
 */
export async function buildLogos(options: BuildLogosOptions): Promise<BuildLogosResult> {
  const brand = options.brand ?? (await loadBrand({ tokensDir: options.tokensDir }));
  return buildForBrand(brand, options, options.cache ?? new Memo());
}

/** A cache to pass to the `buildLogos` calls of one run so partners share the wordmark work. */
export function createLogoCache(): Memo {
  return new Memo();
}

/** `buildLogos` for several partners (all by default), reading the tokens once. */
export async function buildAllLogos(
  options: Omit<BuildLogosOptions, 'partner'> & { readonly partners?: readonly string[] },
): Promise<BuildLogosResult[]> {
  const brand = options.brand ?? (await loadBrand({ tokensDir: options.tokensDir }));
  const ids = options.partners ?? brand.partners.map((partner) => partner.id);
  for (const id of ids) partnerOf(brand, id);
  const memo = options.cache ?? new Memo();
  const results: BuildLogosResult[] = [];
  for (const partner of ids) results.push(await buildForBrand(brand, { ...options, partner }, memo));
  return results;
}

async function buildForBrand(
  brand: Brand,
  options: BuildLogosOptions,
  memo: Memo,
): Promise<BuildLogosResult> {
  const partner = partnerOf(brand, options.partner);
  const context: PartnerContext = {
    partner,
    names: lockupNames(partner, brandNameOf(brand.partners)),
    screen: brand.theme(partner.id, 'light'),
    print: brand.theme(partner.id, 'print'),
    fonts: nodeFonts(),
    partnerDir: join(options.outDir, partner.id),
    scales: options.scales ?? [1, 2, 4],
    memo,
  };
  const logos = await drawAll(context, logoSpecs(context.names));
  const perCap = wordmarkPerCapHeight(logos);
  const perLogo = await Promise.all(logos.map((logo) => writeLogo(context, logo, perCap)));
  const sheet = await buildUsageSheet({ ...context, logos });
  return { partner: partner.id, entries: [...perLogo.flat(), ...sheet] };
}

/** The partner with this id; an unknown id is bad usage (exit 2), named in French. */
function partnerOf(brand: Brand, id: string): PartnerMeta {
  const partner = brand.partners.find((candidate) => candidate.id === id);
  if (partner) return partner;
  const known = brand.partners.map((candidate) => candidate.id);
  throw new BlasonError(
    'Partenaire inconnu',
    [
      {
        code: 'logo/unknown-partner',
        path: '--partner',
        message: unknownValueMessage('partenaire', id, known),
        language: 'fr',
      },
    ],
    { kind: 'usage' },
  );
}

/**
 * Draws every logo; the variants of one layout differ only in colour, so the crop window is
 * measured on the first and reused by the others (checked: same geometry, same window). The
 * wordmark comes first: its measured ink places the divider of the horizontal lockup.
 */
async function drawAll(context: PartnerContext, specs: readonly LogoSpec[]): Promise<DrawnLogo[]> {
  const groups = new Map<string, LogoSpec[]>();
  for (const spec of specs) {
    const key = `${spec.kind}/${spec.orientation}`;
    groups.set(key, [...(groups.get(key) ?? []), spec]);
  }
  const drawGroup = async ([first, ...others]: readonly LogoSpec[], wordmark?: LockupArt) => {
    if (!first) return [];
    const measured = await drawBoth(context, first, { wordmark });
    const rest = await Promise.all(
      others.map((spec) => drawBoth(context, spec, { wordmark, sameAs: measured.screen })),
    );
    return [measured, ...rest];
  };
  const wordmarks = await drawGroup(groups.get('wordmark/horizontal') ?? []);
  groups.delete('wordmark/horizontal');
  const wordmark = wordmarks[0]?.screen;
  const lockups = await Promise.all([...groups.values()].map((group) => drawGroup(group, wordmark)));
  const bySpec = new Map([...wordmarks, ...lockups.flat()].map((logo) => [logo.spec, logo]));
  return specs.map((spec) => bySpec.get(spec) as DrawnLogo);
}

interface DrawHints {
  readonly wordmark?: LockupArt | undefined;
  readonly sameAs?: LockupArt;
}

async function drawBoth(context: PartnerContext, spec: LogoSpec, hints: DrawHints): Promise<DrawnLogo> {
  const request = {
    names: spec.names,
    orientation: spec.orientation,
    variant: spec.variant,
    capHeight: LOGO_CAP_HEIGHT,
    fonts: context.fonts,
    memo: context.memo,
    ...(hints.wordmark ? { wordmark: hints.wordmark } : {}),
  };
  const screen = await drawLockup({
    ...request,
    theme: context.screen,
    ...(hints.sameAs ? { sameAs: hints.sameAs } : {}),
  });
  const print = await drawLockup({ ...request, theme: context.print, sameAs: screen });
  return { spec, screen, print };
}

async function writeLogo(
  context: PartnerContext,
  logo: DrawnLogo,
  perCapHeight: number,
): Promise<LogoEntry[]> {
  const { spec, screen: art, print: printArt } = logo;
  const alt = altOf(context, spec);
  const svg = titledSvg(art.svg, alt);
  const problems = logoSvgProblems(svg, `${logoBaseName(spec)}.svg`);
  if (problems.length > 0) throw new BlasonError('A logo SVG is not self-contained', problems);

  const base = `logos/${logoBaseName(spec)}`;
  const facts = {
    partner: context.partner.id,
    kind: spec.kind,
    ...(spec.kind === 'lockup' ? { orientation: spec.orientation } : {}),
    variant: spec.variant,
    alt,
    background: spec.variant === 'reversed' ? context.screen.color.surface.brand : ('transparent' as const),
    rules: rulesOf(context.screen, art, perCapHeight, spec),
  };
  const write = context.partnerDir;
  const entries: Promise<LogoEntry>[] = [
    writeLogoFile(
      write,
      {
        ...facts,
        path: `${base}.svg`,
        format: 'svg',
        width: art.width,
        height: art.height,
        colourSpace: 'rgb',
      },
      svg,
    ),
    ...context.scales.map(async (scale) => {
      const png = await context.memo.get(`png@${scale}`, svg, () =>
        svgToPng(svg, art.width, art.height, scale),
      );
      return writeLogoFile(
        write,
        {
          ...facts,
          path: `${base}@${scale}x.png`,
          format: 'png',
          scale,
          width: png.width,
          height: png.height,
          colourSpace: 'rgb',
        },
        png.data,
      );
    }),
    pdfOfLogo(context, logo).then((pdf) =>
      writeLogoFile(
        write,
        {
          ...facts,
          background: spec.variant === 'reversed' ? context.print.color.surface.brand : 'transparent',
          rules: rulesOf(context.print, printArt, perCapHeight, spec),
          path: `${base}.pdf`,
          format: 'pdf',
          width: printArt.width * PX_TO_PT,
          height: printArt.height * PX_TO_PT,
          colourSpace: 'cmyk',
        },
        pdf,
      ),
    ),
  ];
  return Promise.all(entries);
}

export function rulesOf(
  theme: ResolvedTheme,
  art: LockupArt,
  wordmarkPerCapHeight: number,
  spec: LogoSpec,
): LogoRules {
  return {
    capHeight: art.capHeight,
    clearSpace: { px: art.clearSpace, timesCapHeight: theme.logo.clearSpace, includedInFile: true },
    minSize: minSizeOf(theme, wordmarkPerCapHeight, spec.kind === 'lockup'),
  };
}
