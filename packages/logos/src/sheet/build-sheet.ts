import { BlasonError, svgRootSize } from '@blason/core';
import { contentDate, encodeVectorPdf } from '@blason/print';
import { provideClassicJsxRuntime, renderSvg } from '@blason/render';
import type { ResolvedTheme } from '@blason/tokens';
import { quoted, usageSheetAlt } from '../alt.js';
import { type DrawnLogo, type PartnerContext, pdfOfLogo, wordmarkPerCapHeight } from '../drawn.js';
import { writeLogoFile } from '../files.js';
import type { LockupArt } from '../lockup.js';
import { minSizeOf } from '../min-size.js';
import { svgToPng } from '../raster.js';
import { logoSvgProblems, titledSvg } from '../svg-safety.js';
import { statusColour } from '../theme.js';
import type { LogoEntry, LogoRules, LogoVariant } from '../types.js';
import { composeSheetPdf } from './compose-pdf.js';
import { type Box, SHEET, SHEET_PT, type SheetLayout, sheetLayout } from './layout.js';
import { fitIn, injectSvgs, type Placement, recolourSvg } from './nest.js';
import { type TextRun, textRuns } from './text-layer.js';
import { type SheetText, UsageSheet } from './UsageSheet.js';

/** The PNG of the sheet is drawn at twice its CSS size, to stay legible when zoomed. */
const SHEET_PNG_SCALE = 2;
const PX_TO_PT = 0.75;
const VARIANT_CAPTIONS: Record<LogoVariant, string> = {
  colour: 'couleur',
  black: 'noir',
  reversed: 'négatif',
};

interface SheetInput extends PartnerContext {
  readonly logos: readonly DrawnLogo[];
}

/** A logo on the sheet: where it goes, its SVG (for the PNG) and its PDF (for the PDF). */
interface SheetItem extends Placement {
  pdf(): Promise<Uint8Array>;
}

/** The sheet without its logos, and the logos to draw on it. */
interface SheetParts {
  readonly page: string;
  readonly items: readonly SheetItem[];
  /** For print: the page's text as laid out, for the PDF's text layer. */
  readonly text: readonly TextRun[];
}

/**
 * The partner's usage sheet: a PNG with screen colours (logos nested in the SVG, rasterised by
 * libvips) and a CMYK PDF (the logos' own PDFs placed on the sheet's background).
 */
export async function buildUsageSheet(input: SheetInput): Promise<LogoEntry[]> {
  provideClassicJsxRuntime();
  const [screen, print] = await Promise.all([
    sheetParts(input, input.screen, 'screen'),
    sheetParts(input, input.print, 'print'),
  ]);
  const alt = usageSheetAlt(input.partner.name);
  const screenSvg = checkedSvg(titledSvg(injectSvgs(screen.page, screen.items), alt));
  const background = checkedSvg(titledSvg(print.page, alt));
  const base = { partner: input.partner.id, kind: 'usage-sheet' as const, alt, background: 'transparent' };
  const png = await svgToPng(screenSvg, SHEET.width, SHEET.height, SHEET_PNG_SCALE);
  const backgroundPdf = await encodeVectorPdf({
    svg: background,
    widthPt: SHEET_PT.width,
    heightPt: SHEET_PT.height,
    cmyk: (hex) => input.print.print.cmykOfHex(hex),
    metadata: {
      title: `Règles d’usage du logotype — ${input.partner.name}`,
      subject: 'Bloc-marque : versions, zone de protection, taille minimale, usages interdits',
      author: input.partner.name,
      keywords: ['logotype', 'charte graphique', input.names.brand],
      lang: 'fr-FR',
    },
    date: contentDate(background, ...print.items.map((item) => item.svg)),
  });
  const placed = await Promise.all(print.items.map(async (item) => ({ ...item, pdf: await item.pdf() })));
  const pdf = await composeSheetPdf(backgroundPdf, placed, SHEET_PT.width / SHEET.width, {
    runs: print.text,
    font: textLayerFont(input),
  });
  return Promise.all([
    writeLogoFile(
      input.partnerDir,
      {
        ...base,
        path: 'logos/usage-sheet.png',
        format: 'png',
        scale: SHEET_PNG_SCALE,
        width: png.width,
        height: png.height,
        colourSpace: 'rgb',
      },
      png.data,
    ),
    writeLogoFile(
      input.partnerDir,
      {
        ...base,
        path: 'logos/usage-sheet.pdf',
        format: 'pdf',
        width: SHEET_PT.width,
        height: SHEET_PT.height,
        colourSpace: 'cmyk',
      },
      pdf,
    ),
  ]);
}

/** The text layer's font: the regular of the first family satori sets text in. */
function textLayerFont(input: SheetInput): Uint8Array {
  const regular = input.fonts.satori.find(
    (font) => font.name === input.fonts.families[0] && font.weight === 400 && font.style === 'normal',
  );
  if (!regular) throw new Error('the usage sheet needs a regular face for its text layer');
  return new Uint8Array(regular.data);
}

function checkedSvg(svg: string): string {
  const problems = logoSvgProblems(svg, 'usage-sheet.svg');
  if (problems.length > 0) throw new BlasonError('The usage sheet SVG is not self-contained', problems);
  return svg;
}

async function sheetParts(
  input: SheetInput,
  theme: ResolvedTheme,
  medium: 'screen' | 'print',
): Promise<SheetParts> {
  const art = (logo: DrawnLogo) => (medium === 'screen' ? logo.screen : logo.print);
  const lockups = input.logos.filter((logo) => logo.spec.kind === 'lockup');
  const shown = lockups.length > 0 ? lockups : input.logos;
  const rows = [...new Set(shown.map((logo) => logo.spec.orientation))].map((orientation) =>
    shown.filter((logo) => logo.spec.orientation === orientation),
  );
  const layout = sheetLayout(rows.length);
  const main = rows[0]?.[0];
  const wordmark = input.logos.find(
    (logo) => logo.spec.kind === 'wordmark' && logo.spec.variant === 'colour',
  );
  if (!main || !wordmark) throw new BlasonError('Nothing to show on the usage sheet');
  const pdfOf = (logo: DrawnLogo) => () => pdfOfLogo(input, logo);
  const pdfOfSvg = (svg: string) => () => otherPdf(input, svg);

  const items: SheetItem[] = rows.flatMap((row, r) =>
    row.map((logo, v) => ({
      svg: art(logo).svg,
      pdf: pdfOf(logo),
      ...fitIn(art(logo).width, art(logo).height, inset(tileOf(layout, r, v), 10)),
    })),
  );
  const clear = fitIn(art(main).width, art(main).height, inset(layout.clearSpace.tile, 16));
  const clearScale = clear.width / art(main).width;
  const ink = inset(clear, art(main).clearSpace * clearScale);
  items.push({ svg: art(main).svg, pdf: pdfOf(main), ...clear });
  const minSize = minSizeOf(theme, wordmarkPerCapHeight(input.logos), main.spec.kind === 'lockup');
  const atMinSize = minSizePlacement(layout, art(main), art(wordmark), minSize);
  items.push({ ...atMinSize.placement, pdf: pdfOf(main) });
  const forbidden = forbiddenPlacements(layout, art(main), theme);
  items.push(
    ...forbidden.map((placement) => ({
      ...placement,
      pdf: placement.svg === art(main).svg ? pdfOf(main) : pdfOfSvg(placement.svg),
    })),
  );

  const text = sheetText(
    input,
    theme,
    rows.map((row) => row.map((logo) => logo.spec)),
    minSize,
    atMinSize.reduced,
  );
  const element = UsageSheet({
    theme,
    layout,
    text,
    brandTiles: rows.map((row) => row.map((logo) => logo.spec.variant === 'reversed')),
    clearSpaceFrame: clear,
    clearSpaceInk: ink,
  });
  const [page, runs] = await Promise.all([
    renderSvg(element, SHEET, input.fonts),
    medium === 'print' ? renderSvg(element, SHEET, input.fonts, { textAsRuns: true }) : undefined,
  ]);
  return { page, items, text: runs ? textRuns(runs) : [] };
}

/** PDF of a transformed logo (recoloured, shadow) for the forbidden-use examples. */
function otherPdf(input: SheetInput, svg: string): Promise<Uint8Array> {
  const { width, height } = svgRootSize(svg) ?? { width: Number.NaN, height: Number.NaN };
  return input.memo.get('pdf', svg, () =>
    encodeVectorPdf({
      svg,
      widthPt: width * PX_TO_PT,
      heightPt: height * PX_TO_PT,
      cmyk: (hex) => input.print.print.cmykOfHex(hex),
      metadata: { title: 'Usage interdit', subject: 'Logotype', author: input.names.brand, lang: 'fr-FR' },
      date: contentDate(svg),
    }),
  );
}

function tileOf(layout: SheetLayout, row: number, column: number): Box {
  const tile = layout.versions.tiles[row]?.[column];
  if (!tile) throw new Error(`no tile ${row}/${column} on the usage sheet`);
  return tile;
}

function inset(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, width: box.width - 2 * by, height: box.height - 2 * by };
}

/**
 * The main logo at the smallest size allowed on screen (its wordmark `minSize.screenPx` wide), its
 * ink from the tile's left padding; reduced to fit the tile if a long partner name needs more.
 */
function minSizePlacement(
  layout: SheetLayout,
  main: LockupArt,
  wordmark: LockupArt,
  minSize: LogoRules['minSize'],
): { placement: Placement; reduced: boolean } {
  const padding = 12;
  const tile = layout.minSize.tile;
  const wordmarkInk = wordmark.width - 2 * wordmark.clearSpace;
  const atSize = minSize.screenPx / wordmarkInk;
  const room = (tile.width - 2 * padding) / (main.width - 2 * main.clearSpace);
  const scale = Math.min(atSize, room);
  const width = main.width * scale;
  const height = main.height * scale;
  return {
    placement: {
      svg: main.svg,
      x: tile.x + padding - main.clearSpace * scale,
      y: tile.y + (tile.height - height) / 2,
      width,
      height,
    },
    reduced: scale < atSize,
  };
}

/** Forbidden uses, made by transforming the real lockup: stretched, recoloured, with a shadow. */
function forbiddenPlacements(layout: SheetLayout, main: LockupArt, theme: ResolvedTheme): Placement[] {
  const [stretchTile, recolourTile, effectTile] = layout.forbidden.tiles.map((tile) => inset(tile, 24));
  if (!stretchTile || !recolourTile || !effectTile) return [];
  const fitted = fitIn(main.width, main.height, stretchTile);
  const stretched: Placement = {
    svg: main.svg,
    x: stretchTile.x,
    y: fitted.y - fitted.height * 0.25,
    width: stretchTile.width,
    height: fitted.height * 1.5,
    preserveAspectRatio: 'none',
  };
  const recoloured: Placement = {
    svg: recolourSvg(main.svg, theme.color.axis.culture?.surface ?? statusColour(theme, 'warning', 'border')),
    ...fitIn(main.width, main.height, recolourTile),
  };
  const plain = fitIn(main.width, main.height, effectTile);
  const offset = Math.max(2, plain.height * 0.035);
  const shadow: Placement = {
    svg: recolourSvg(main.svg, theme.color.text.muted),
    ...plain,
    x: plain.x + offset,
    y: plain.y + offset,
    opacity: 0.5,
  };
  return [stretched, recoloured, shadow, { svg: main.svg, ...plain }];
}

function sheetText(
  input: SheetInput,
  theme: ResolvedTheme,
  rows: readonly (readonly DrawnLogo['spec'][])[],
  minSize: LogoRules['minSize'],
  minSizeReduced: boolean,
): SheetText {
  const french = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
  const orientationLabel = { horizontal: 'Horizontal', vertical: 'Vertical' } as const;
  const hasLockup = rows.some((row) => row.some((spec) => spec.kind === 'lockup'));
  return {
    title: `Logotype — ${input.partner.name}`,
    subtitle: hasLockup
      ? `Bloc-marque ${quoted(input.names.brand)} associé à ${quoted(input.partner.shortName)}\u00a0: règles d’usage`
      : `Marque partagée ${quoted(input.names.brand)}\u00a0: règles d’usage`,
    tileCaptions: rows.map((row) =>
      row.map((spec) =>
        spec.kind === 'lockup'
          ? `${orientationLabel[spec.orientation]}, ${VARIANT_CAPTIONS[spec.variant]}`
          : `${VARIANT_CAPTIONS[spec.variant][0]?.toUpperCase()}${VARIANT_CAPTIONS[spec.variant].slice(1)}`,
      ),
    ),
    clearSpaceCaption: `Laisser libre au moins ${french.format(theme.logo.clearSpace)}\u00a0×\u00a0H tout autour (H\u00a0: hauteur des capitales du nom de la marque).`,
    minSizeCaption: minSizeCaption(minSize, minSizeReduced, french),
    forbiddenCaptions: [
      'Ne pas déformer ni étirer',
      'Ne pas changer les couleurs',
      'Ne pas ajouter d’effet (ombre, contour, lueur)',
    ],
    footer: 'Généré par Blason à partir des jetons de la marque. Identité d’exemple, non officielle.',
  };
}

function minSizeCaption(minSize: LogoRules['minSize'], reduced: boolean, french: Intl.NumberFormat): string {
  const sizes = `${french.format(minSize.printMm)}\u00a0mm à l’impression et ${french.format(minSize.screenPx)}\u00a0px à l’écran`;
  const why = minSize.partnerNameCapHeight ? ', pour que le nom du partenaire reste lisible' : '';
  const shown = reduced
    ? 'ci-dessus, réduite pour tenir dans la planche'
    : 'ci-dessus, la taille minimale à l’écran';
  return `Nom de la marque large d’au moins ${sizes}${why} (${shown}).`;
}
