import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldFit, TemplateDefinition, TemplateLayout, TextBox } from '@blason/templates';
import { Resvg } from '@resvg/resvg-js';
import Color from 'colorjs.io';
import type { ReactNode } from 'react';
import satori from 'satori';
import { parse } from 'yaml';
import { prepareVisual, validVisualContent } from '../../src/browser.js';
import { cropToBox, readImage } from '../../src/node/images.js';
import { fonts, repoRoot, testDeps } from '../support/deps.js';

/**
 * Shared ground of the design checks: every template × format × sample partner, composed by the
 * engine (layout, fitted sizes, photo), drawn once by satori with its text kept as `<text>` runs so
 * the checks read the real lines, faces and colours, and once without text, rasterised by resvg,
 * for the pixels under each text.
 */

export const deps = await testDeps();

/** The sample partners: the brand's own and every partner entity of the sample brand. */
export const PARTNERS = deps.brand.partners.map((p) => p.id);

export interface DesignCase {
  readonly key: string;
  readonly template: TemplateDefinition;
  readonly format: string;
  readonly partner: string;
  /** Content as written, and the file its relative photo paths start from. */
  readonly content: unknown;
  readonly file: string;
  readonly source: string;
}

const CAMPAIGNS = join(repoRoot, 'assets', 'campaigns');

/** Each template's example, and every sample campaign of `assets/campaigns/`. */
export function contents(): Array<{
  source: string;
  template: TemplateDefinition;
  content: unknown;
  file: string;
}> {
  const examples = Object.values(deps.templates).map((template) => ({
    source: 'exemple',
    template: template as TemplateDefinition,
    content: (template as TemplateDefinition).example,
    file: join(CAMPAIGNS, `${template.id}.example.yaml`),
  }));
  return examples;
}

/** One sample campaign of `assets/campaigns/` (its template and content). */
export function sampleCampaign(name: string): {
  source: string;
  template: TemplateDefinition;
  content: unknown;
  file: string;
} {
  const file = join(CAMPAIGNS, `${name}.yaml`);
  const data = parse(readFileSync(file, 'utf8')) as { template: string; content: unknown };
  const template = deps.templates[data.template as keyof typeof deps.templates] as TemplateDefinition;
  return { source: name, template, content: data.content, file };
}

/** Every template example × format × partner. */
export function designCases(partners: readonly string[] = PARTNERS): DesignCase[] {
  return contents().flatMap(({ source, template, content, file }) =>
    deps.formatIds.flatMap((format) =>
      partners.map((partner) => ({
        key: `${template.id} × ${format} × ${partner}`,
        template,
        format,
        partner,
        content,
        file,
        source,
      })),
    ),
  );
}

/** One `<text>` run satori drew: where, in which face and colour. */
export interface TextPiece {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly fontWeight: number;
  readonly fontFamily: string;
  readonly fill: string;
  readonly text: string;
}

/** A text box as drawn: its box, the size it is drawn at and its lines, top to bottom. */
export interface DrawnBox {
  readonly box: TextBox;
  readonly fit: FieldFit;
  readonly pieces: readonly TextPiece[];
  readonly lines: readonly string[];
  /** The runs of each line, in the same order as `lines`. */
  readonly rows: readonly (readonly TextPiece[])[];
}

export interface DesignVisual {
  readonly layout: TemplateLayout;
  readonly boxes: readonly DrawnBox[];
  /** Every text run of the visual, lockup and template additions included. */
  readonly pieces: readonly TextPiece[];
  /** The SVG with text as `<text>` runs (faces named, not embedded). */
  readonly svg: string;
}

/** Composes a case through the engine and draws it with its text as `<text>` runs. */
export async function designVisual(
  c: Pick<DesignCase, 'template' | 'format' | 'partner' | 'content' | 'file'>,
): Promise<DesignVisual> {
  const content = validVisualContent(c.template, c.content, c.file);
  const visual = await prepareVisual({
    brand: deps.brand,
    template: c.template,
    partner: c.partner,
    format: c.format,
    content,
    linter: deps.linter,
    fonts,
    file: c.file,
    brandName: deps.brandName,
    ...(deps.pictogram ? { pictogram: deps.pictogram } : {}),
    ...(deps.textBlock ? { textBlock: deps.textBlock } : {}),
  });
  const box = visual.layout.graphics.image;
  const photo =
    visual.image && box
      ? (await cropToBox(await readImage(visual.image, { campaignFile: c.file }), box, visual.image.focal))
          .dataUri
      : undefined;
  const svg = await textSvg(visual.draw(photo), visual.format);
  return drawnVisual(visual.layout, visual.fitted, svg);
}

/** The layout's text boxes with the runs drawn inside them, at the sizes the scene draws them. */
export function drawnVisual(
  layout: TemplateLayout,
  fitted: Partial<Record<string, FieldFit>>,
  svg: string,
): DesignVisual {
  const pieces = textPieces(svg);
  const fits = groupFits(layout.text, fitted);
  const boxes = layout.text.map((box) => {
    const inside = pieces.filter((p) => within(p, box));
    return {
      box,
      fit: fits[box.field] as FieldFit,
      pieces: inside,
      lines: linesOf(inside),
      rows: rowsOf(inside),
    };
  });
  return { layout, boxes, pieces, svg };
}

/** Satori's SVG of an element at the format's size, text left as `<text>` elements. */
export function textSvg(element: ReactNode, size: { width: number; height: number }): Promise<string> {
  return satori(
    {
      type: 'div',
      key: null,
      props: { style: { display: 'flex', width: size.width, height: size.height }, children: element },
    },
    {
      width: size.width,
      height: size.height,
      fonts: fonts.satori,
      embedFont: false,
      loadAdditionalAsset: async () => [],
    },
  );
}

const TEXT = /<text ([^>]*)>([^<]*)<\/text>/g;
const attr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';

/** The `<text>` runs of a satori SVG drawn with `embedFont: false`. */
export function textPieces(svg: string): TextPiece[] {
  return [...svg.matchAll(TEXT)].map(([, attrs = '', text = '']) => ({
    x: Number(attr(attrs, 'x')),
    y: Number(attr(attrs, 'y')),
    width: Number(attr(attrs, 'width')),
    height: Number(attr(attrs, 'height')),
    fontSize: Number(attr(attrs, 'font-size')),
    fontWeight: Number(attr(attrs, 'font-weight') || 400),
    fontFamily: attr(attrs, 'font-family'),
    fill: attr(attrs, 'fill'),
    text: unescapeXml(text),
  }));
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A run belongs to a box when its baseline lies inside the box (runs may overhang by their bearings). */
function within(p: TextPiece, box: TextBox): boolean {
  const cx = p.x + p.width / 2;
  return cx >= box.x - 1 && cx <= box.x + box.width + 1 && p.y >= box.y - 1 && p.y <= box.y + box.height + 1;
}

/** Runs grouped by baseline, top to bottom, each row left to right. */
export function rowsOf(pieces: readonly TextPiece[]): TextPiece[][] {
  const rows = new Map<number, TextPiece[]>();
  for (const p of pieces) {
    const y = Math.round(p.y);
    rows.set(y, [...(rows.get(y) ?? []), p]);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => [...row].sort((a, b) => a.x - b.x));
}

/** Runs grouped by baseline into lines, left to right, words spaced where satori left a gap. */
export function linesOf(pieces: readonly TextPiece[]): string[] {
  return rowsOf(pieces).map((sorted) => {
    let line = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const p of sorted) {
      if (line && p.x > end + 0.5 && !/\s$/.test(line) && !/^\s/.test(p.text)) line += ' ';
      line += p.text;
      end = p.x + p.width;
    }
    return line.trim();
  });
}

/** Fits with every group of boxes brought down to its smallest member, as the scene draws them. */
function groupFits(
  boxes: readonly TextBox[],
  fitted: Partial<Record<string, FieldFit>>,
): Record<string, FieldFit> {
  const smallest = new Map<string, FieldFit>();
  const own = (box: TextBox) => fitted[box.field] ?? (box.steps[box.steps.length - 1] as FieldFit);
  for (const box of boxes) {
    if (box.group === undefined) continue;
    const current = smallest.get(box.group);
    if (!current || own(box).fontSize < current.fontSize) smallest.set(box.group, own(box));
  }
  return Object.fromEntries(
    boxes.map((box) => [box.field, (box.group && smallest.get(box.group)) || own(box)]),
  );
}

/** RGBA pixels of an SVG rasterised by resvg at its own size. */
export interface Raster {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** The visual without its text, rasterised: the pixels each text is read against. */
export function backgroundRaster(svg: string): Raster {
  const bare = svg.replace(TEXT, '');
  const image = new Resvg(bare, { font: { loadSystemFonts: false } }).render();
  return { data: image.pixels, width: image.width, height: image.height };
}

/**
 * WCAG 2.1 relative luminance by colorjs.io. Luminance is linear in the linear-light channels, so
 * colorjs.io's luminance of each pure channel value, summed, is its luminance of the pixel: three
 * tables of 256 values computed once let every pixel of a raster be read without a Color object.
 */
const CHANNEL_Y = [0, 1, 2].map((channel) =>
  Float64Array.from({ length: 256 }, (_, v) => {
    const coords: [number, number, number] = [0, 0, 0];
    coords[channel] = v / 255;
    return new Color('srgb', coords).luminance;
  }),
) as [Float64Array, Float64Array, Float64Array];

function pixelLuminance(r: number, g: number, b: number): number {
  return (CHANNEL_Y[0][r] ?? 0) + (CHANNEL_Y[1][g] ?? 0) + (CHANNEL_Y[2][b] ?? 0);
}

/** A text colour as satori writes it (`#rgb`, `#rrggbb`, `rgb(r,g,b)`, a CSS name), for colorjs.io. */
export function textColor(fill: string): Color {
  try {
    return new Color(fill).to('srgb');
  } catch {
    throw new Error(`unknown text colour ${fill}`);
  }
}

/** Relative luminance of a text colour (colorjs.io). */
export function fillLuminance(fill: string): number {
  return textColor(fill).luminance;
}

/**
 * The lowest contrast between a text run's colour and any pixel under its box, background only:
 * the WCAG ratio that run actually gets, photos, scrims and gradients included. The worst pixel is
 * found by luminance (the one closest to the text's, on the side of the background), then the
 * ratio is colorjs.io's WCAG 2.1 contrast of the two colours.
 */
export function worstContrast(raster: Raster, piece: TextPiece): number {
  const text = textColor(piece.fill);
  const textY = text.luminance;
  const top = piece.y - piece.fontSize * 0.8;
  const x0 = Math.max(0, Math.floor(piece.x));
  const x1 = Math.min(raster.width, Math.ceil(piece.x + piece.width));
  const y0 = Math.max(0, Math.floor(top));
  const y1 = Math.min(raster.height, Math.ceil(piece.y + piece.fontSize * 0.2));
  // WCAG contrast falls as the background's luminance nears the text's, from either side.
  const ratio = (y: number) => (Math.max(y, textY) + 0.05) / (Math.min(y, textY) + 0.05);
  let worst: [number, number, number] | undefined;
  let worstRatio = Number.POSITIVE_INFINITY;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * raster.width + x) * 4;
      const alpha = (raster.data[i + 3] ?? 0) / 255;
      // Unpainted canvas is white paper or a white screen background.
      const mix = (v: number) => Math.round((v ?? 0) * alpha + 255 * (1 - alpha));
      const rgb: [number, number, number] = [
        mix(raster.data[i] ?? 0),
        mix(raster.data[i + 1] ?? 0),
        mix(raster.data[i + 2] ?? 0),
      ];
      const r = ratio(pixelLuminance(...rgb));
      if (r < worstRatio) {
        worstRatio = r;
        worst = rgb;
      }
    }
  }
  if (!worst) return Number.POSITIVE_INFINITY;
  return Color.contrast(
    text,
    new Color('srgb', worst.map((v) => v / 255) as [number, number, number]),
    'WCAG21',
  );
}

/** WCAG 2.1 large text: 24 px, or 18.67 px in bold, at the format's pixel size. */
export function isLarge(fontSize: number, weight: number): boolean {
  return fontSize >= 24 || (fontSize >= 18.67 && weight >= 700);
}

/** Deliberately bad cases re-use a real composition: the first example on a square format. */
export async function sampleVisual(templateId = 'evenement', format = 'instagram-square', partner = 'capso') {
  const c = designCases([partner]).find((d) => d.template.id === templateId && d.format === format);
  if (!c) throw new Error(`no case ${templateId} × ${format}`);
  return { case: c, visual: await designVisual(c) };
}
