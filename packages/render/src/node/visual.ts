import { join } from 'node:path';
import { sha256, writeFileAtomic } from '@blason/core';
import type { FormatSpec, TemplateLayout } from '@blason/templates';
import type { ReactElement } from 'react';
import type { FieldFinding } from '../engine/copy.js';
import type { FitResult } from '../engine/fit.js';
import type { LoadedFonts } from '../engine/fonts.js';
import { inlineSvgImages, svgImagesAsGroups } from '../engine/inline-svg.js';
import { withPhotoUnder } from '../engine/photo-under.js';
import { renderSvg } from '../engine/svg.js';
import { prepareVisual } from '../engine/visual.js';
import { type Campaign, displayPath } from './campaign.js';
import type { RenderDeps } from './deps.js';
import { MEDIA_TYPES, type OutputKind, type RasterLayer, rasterize } from './encode.js';
import { cropToBox, readImage } from './images.js';
import { printPath, screenPath } from './outputs.js';
import { cropMarksOf, posterPdf } from './print.js';

/** One visual to render: a campaign for a partner in a format. */
export interface VisualJob {
  /** `partner/campaign/format`: sorts, shards and keys the cache. */
  readonly key: string;
  readonly campaign: Campaign;
  readonly partner: string;
  readonly format: string;
  readonly mode: string;
  readonly outputs: readonly OutputKind[];
  readonly outDir: string;
  readonly allowLintErrors?: boolean;
  readonly allowRemote?: boolean;
  /** Cache key of every input of this visual. */
  readonly hash: string;
}

export interface RenderedFile {
  /** Relative to the output folder, `/` separators. */
  readonly path: string;
  readonly mediaType: string;
  readonly width?: number;
  readonly height?: number;
  readonly bytes: number;
  readonly sha256: string;
}

export interface RenderedVisual {
  readonly key: string;
  readonly partner: string;
  readonly campaign: string;
  readonly template: string;
  readonly format: string;
  readonly kind: 'screen' | 'print';
  readonly mode: string;
  /** French alternative text (the template's, or the campaign's `alt`). */
  readonly alt: string;
  /** Lint findings left in the text (warnings; errors only with `allowLintErrors`). */
  readonly lint: readonly FieldFinding[];
  /** Size chosen for each text field. */
  readonly fitted: Readonly<Record<string, { fontSize: number; lineHeight: number; lines: number }>>;
  readonly files: readonly RenderedFile[];
  /** Print only, with a photo: its resolution in the PDF, in pixels per inch of the printed page. */
  readonly photoPpi?: number;
  readonly hash: string;
}

/** The intermediate results of a render, before anything is written (tests and Storybook use it). */
export interface ComposedVisual {
  readonly format: FormatSpec;
  readonly layout: TemplateLayout;
  readonly fitted: Record<string, FitResult>;
  readonly alt: string;
  readonly lint: readonly FieldFinding[];
  /** Text-only SVG when a photo is composited under it, else the whole visual. */
  readonly svg: string;
  /** The photo, cropped to its box, to draw under `svg`. */
  readonly under: readonly RasterLayer[];
  /**
   * A self-contained SVG (photo embedded), made only when an SVG or PDF output needs it. In print
   * formats, the photo is embedded at up to `PRINT_PHOTO_PPI`, not at the layout's resolution.
   */
  standaloneSvg(): Promise<string>;
  /** Print only, with a photo: the embedded photo's pixels per inch of the printed page. */
  readonly photoPpi?: number;
  /** The template's element with the photo embedded (for HTML previews and comparisons). */
  standaloneElement(): ReactElement;
}

/** Lays out, checks and draws one visual to SVG: content → lint and fix → fit → glyphs → satori. */
export async function composeVisual(
  job: VisualJob,
  deps: RenderDeps,
  fonts: LoadedFonts,
): Promise<ComposedVisual> {
  const { campaign } = job;
  const template = deps.templates[campaign.template];
  if (!template) throw new Error(`Unknown template ${campaign.template}`);
  const composition = await prepareVisual({
    brand: deps.brand,
    template,
    partner: job.partner,
    format: job.format,
    mode: job.mode,
    content: campaign.content,
    linter: deps.linter,
    fonts,
    file: displayPath(campaign.file),
    allowLintErrors: job.allowLintErrors ?? false,
    brandName: deps.brandName,
    ...(deps.pictogram ? { pictogram: deps.pictogram } : {}),
    ...(deps.textBlock ? { textBlock: deps.textBlock } : {}),
  });
  const { layout, fitted, format, image: ref } = composition;
  const imageBox = layout.graphics.image;
  const source =
    ref && imageBox
      ? await readImage(ref, { campaignFile: campaign.file, allowRemote: job.allowRemote })
      : undefined;
  const layoutPpi = format.kind === 'print' ? format.print?.dpi : undefined;
  const printPhoto =
    source && ref && imageBox && layoutPpi
      ? await cropToBox(source, imageBox, ref.focal, { oversample: PRINT_PHOTO_PPI / layoutPpi })
      : undefined;
  // A source too small to oversample gives the layout's own crop: no need to make it twice.
  const photo =
    printPhoto?.scale === 1
      ? printPhoto
      : source && ref && imageBox
        ? await cropToBox(source, imageBox, ref.focal)
        : undefined;
  const element = composition.draw();
  const svgOptions = { allowRemote: job.allowRemote ?? false };
  const svg = await renderSvg(element, format, fonts, svgOptions);
  const placed =
    photo && imageBox
      ? {
          x: Math.round(imageBox.x),
          y: Math.round(imageBox.y),
          width: Math.max(1, Math.round(imageBox.width)),
          height: Math.max(1, Math.round(imageBox.height)),
        }
      : undefined;
  const under = photo && placed ? [{ input: photo.jpeg, left: placed.x, top: placed.y }] : [];
  const alt = campaign.alt ?? composition.alt;
  const embedded = printPhoto ?? photo;
  return {
    format,
    layout,
    fitted,
    alt,
    lint: composition.copy.findings,
    svg,
    under,
    ...(printPhoto && layoutPpi ? { photoPpi: Math.round(layoutPpi * printPhoto.scale) } : {}),
    standaloneElement: () => (photo ? composition.draw(photo.dataUri) : element),
    standaloneSvg: async () =>
      embedded && placed ? withPhotoUnder(svg, { ...placed, href: embedded.dataUri }) : svg,
  };
}

/** What print shops usually ask of photos; a smaller source is embedded at its own resolution. */
export const PRINT_PHOTO_PPI = 300;

/** A poster's PNG preview: its trim area, the bleed cut off (the kit and the studio show the same). */
export async function printPreviewPng(
  composed: ComposedVisual,
): Promise<{ png: Buffer; width: number; height: number }> {
  const { format } = composed;
  const bleed = Math.round(format.bleed ?? 0);
  const trim = {
    left: bleed,
    top: bleed,
    width: format.width - 2 * bleed,
    height: format.height - 2 * bleed,
  };
  const input = { svg: composed.svg, width: format.width, height: format.height, under: composed.under };
  const png = (await rasterize({ ...input, region: trim }, ['png'])).get('png') as Buffer;
  return { png, width: trim.width, height: trim.height };
}

/** Renders one visual and writes its files atomically. */
export async function renderVisual(
  job: VisualJob,
  deps: RenderDeps,
  fonts: LoadedFonts,
): Promise<RenderedVisual> {
  const composed = await composeVisual(job, deps, fonts);
  const files =
    composed.format.kind === 'print'
      ? await writePrint(job, composed, deps)
      : await writeScreen(job, composed);
  return {
    key: job.key,
    partner: job.partner,
    campaign: job.campaign.id,
    template: job.campaign.template,
    format: job.format,
    kind: composed.format.kind,
    mode: job.mode,
    alt: composed.alt,
    lint: composed.lint,
    fitted: Object.fromEntries(
      Object.entries(composed.fitted).map(([field, f]) => [
        field,
        { fontSize: f.fontSize, lineHeight: f.lineHeight, lines: f.lines },
      ]),
    ),
    files,
    ...(composed.photoPpi ? { photoPpi: composed.photoPpi } : {}),
    hash: job.hash,
  };
}

async function writeScreen(job: VisualJob, composed: ComposedVisual): Promise<RenderedFile[]> {
  const { width, height } = composed.format;
  const rasterKinds = job.outputs.filter((k): k is Exclude<OutputKind, 'svg'> => k !== 'svg');
  const rasters = await rasterize({ svg: composed.svg, width, height, under: composed.under }, rasterKinds);
  const files: RenderedFile[] = [];
  for (const kind of job.outputs) {
    const data = kind === 'svg' ? Buffer.from(await composed.standaloneSvg()) : (rasters.get(kind) as Buffer);
    files.push(
      await write(
        job.outDir,
        screenPath(job.partner, job.campaign.id, job.format, kind),
        data,
        MEDIA_TYPES[kind],
        width,
        height,
      ),
    );
  }
  files.push(
    await write(
      job.outDir,
      screenPath(job.partner, job.campaign.id, job.format, 'alt'),
      `${composed.alt}\n`,
      'text/plain',
    ),
  );
  return files;
}

async function writePrint(
  job: VisualJob,
  composed: ComposedVisual,
  deps: RenderDeps,
): Promise<RenderedFile[]> {
  const { format } = composed;
  const geometry = format.print;
  if (!geometry) throw new Error(`Print format ${format.id} has no print geometry`);
  const theme = deps.brand.theme(job.partner, job.mode);
  const partner = deps.brand.partners.find((p) => p.id === job.partner);
  if (!partner) throw new Error(`Unknown partner ${job.partner}`);
  // Embedded drawings as groups where that is exact, without satori's masks, which would each be a
  // soft mask (a transparency group) in the PDF; the others nested. PDFKit clips the page to the
  // art box, as the canvas edge clips the raster.
  const svg = inlineSvgImages(svgImagesAsGroups(await composed.standaloneSvg()));
  const cropMarks = cropMarksOf(theme);
  const pdf = await posterPdf({
    svg,
    trimWidthMm: geometry.trimWidthMm,
    trimHeightMm: geometry.trimHeightMm,
    bleedMm: geometry.bleedMm,
    cmyk: (hex) => theme.print?.cmykOfHex(hex),
    metadata: {
      title: job.campaign.title ?? composed.alt.split('\n')[0] ?? job.campaign.id,
      subject: composed.alt,
      author: partner.name,
      keywords: [job.campaign.template, job.format],
      lang: 'fr-FR',
    },
    ...(cropMarks ? { cropMarks } : {}),
  });
  const preview = await printPreviewPng(composed);
  return [
    await write(
      job.outDir,
      printPath(job.partner, job.campaign.id, job.format, 'pdf'),
      pdf,
      'application/pdf',
    ),
    await write(
      job.outDir,
      printPath(job.partner, job.campaign.id, job.format, 'preview'),
      preview.png,
      'image/png',
      preview.width,
      preview.height,
    ),
    await write(
      job.outDir,
      printPath(job.partner, job.campaign.id, job.format, 'alt'),
      `${composed.alt}\n`,
      'text/plain',
    ),
  ];
}

async function write(
  outDir: string,
  path: string,
  data: string | Uint8Array,
  mediaType: string,
  width?: number,
  height?: number,
): Promise<RenderedFile> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  await writeFileAtomic(join(outDir, path), bytes);
  return {
    path,
    mediaType,
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
    bytes: bytes.byteLength,
    sha256: sha256(bytes),
  };
}
