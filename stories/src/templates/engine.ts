/**
 * The gallery's side of `@blason/render/browser`'s `renderVisualSvg`, the export's own engine: this
 * file only brings what the browser holds (the fonts, pictograms and photos the export embeds,
 * served by the `virtual:blason/render` plugin) and turns problems into what the gallery shows.
 * The SVG is shown as it is instead of being rasterised by sharp.
 */

import render from 'virtual:blason/render';
import { BlasonError } from '@blason/core/problem';
import {
  base64,
  coverCrop,
  formatMedium,
  type ImageRef,
  isRemoteUrl,
  type LoadedFonts,
  lexiconLinter,
  loadFonts,
  pictogramDataUri,
  remoteUrlProblem,
  renderVisualSvg,
  visualMode,
} from '@blason/render/browser';
import {
  brandNameOf,
  type FormatId,
  type FormatSpec,
  formatSpec,
  type TemplateId,
  templates,
  textBlock,
} from '@blason/templates';
import { brand } from '../brand/brand.js';
import { lexicon } from '../lexicon/lexicon.js';

/** A problem as the gallery shows it: where (content path) and what, in French. */
export interface GalleryProblem {
  readonly path?: string;
  readonly message: string;
}

export type GalleryVisual =
  | {
      readonly ok: true;
      readonly format: FormatSpec;
      readonly svg: string;
      readonly alt: string;
      readonly safeArea: { x: number; y: number; width: number; height: number };
      /** Lint findings left after the safe fixes (warnings), and the fixes applied. */
      readonly notes: readonly string[];
    }
  | {
      readonly ok: false;
      readonly format: FormatSpec;
      readonly title: string;
      readonly problems: readonly GalleryProblem[];
    };

export interface GalleryRequest {
  readonly template: TemplateId;
  readonly content: unknown;
  readonly partner: string;
  /** Screen mode of the toolbar; posters always use the print mode, as the export does. */
  readonly mode: string;
  readonly format: FormatId;
}

let fonts: Promise<LoadedFonts> | undefined;

/** The export's font files, fetched and parsed once per page (satori caches per font object). */
function galleryFonts(): Promise<LoadedFonts> {
  fonts ??= Promise.all(
    render.fonts.map(async (font) => ({
      name: font.family,
      weight: font.weight as 400,
      style: font.style,
      data: await (await fetch(font.url)).arrayBuffer(),
    })),
  ).then((sources) => loadFonts(sources, { coverage: render.coverage }));
  return fonts;
}

const linter = lexiconLinter(lexicon);

function pictogram(axis: string, color?: string): string {
  const svg = render.pictograms[axis];
  if (svg === undefined) throw new Error(`Unknown axis ${axis}`);
  return pictogramDataUri(svg, color);
}

/** The photo cropped to its box around the focal point, as the export's sharp crop does. */
async function croppedPhoto(ref: ImageRef, box: { width: number; height: number }) {
  const url = render.images[ref.src];
  const path = `content.${ref.field}`;
  if (isRemoteUrl(ref.src))
    throw new BlasonError('Adresse distante refusée', [remoteUrlProblem(ref.src, path)]);
  if (url === undefined) {
    throw new BlasonError('Image introuvable', [
      { code: 'render/image-not-found', path, message: `l’image « ${ref.src} » n’est pas dans assets/` },
    ]);
  }
  const bitmap = await createImageBitmap(await (await fetch(url)).blob());
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const crop = coverCrop(bitmap, { width, height }, ref.focal);
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')?.drawImage(bitmap, -crop.left, -crop.top, crop.scaledWidth, crop.scaledHeight);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return `data:image/jpeg;base64,${base64(new Uint8Array(await blob.arrayBuffer()))}`;
}

/** One visual of the gallery: never throws, a content problem comes back as French problems. */
export async function renderGalleryVisual(request: GalleryRequest): Promise<GalleryVisual> {
  const medium = formatMedium(brand, request.partner, request.format);
  const format = formatSpec(
    brand.theme(request.partner, visualMode(brand, medium, request.mode)),
    request.format,
  );
  try {
    const visual = await renderVisualSvg({
      brand,
      template: templates[request.template],
      partner: request.partner,
      format: request.format,
      mode: request.mode,
      content: request.content,
      linter,
      fonts: await galleryFonts(),
      file: 'la galerie',
      brandName: brandNameOf(brand.partners),
      pictogram,
      textBlock,
      photo: croppedPhoto,
    });
    return {
      ok: true,
      format: visual.format,
      svg: visual.svg,
      alt: visual.alt,
      safeArea: visual.layout.safeArea,
      notes: visual.findings.map((f) => `${f.field} : ${f.message}${f.fixed ? ' (corrigé)' : ''}`),
    };
  } catch (error) {
    return {
      ok: false,
      format,
      title: (error as Error).message.split('\n')[0] ?? 'Erreur',
      problems: problemsOf(error),
    };
  }
}

function problemsOf(error: unknown): GalleryProblem[] {
  const problems = (error as { problems?: { path?: string; message: string }[] }).problems;
  if (Array.isArray(problems) && problems.length > 0) {
    return problems.map((p) => ({ ...(p.path ? { path: p.path } : {}), message: p.message }));
  }
  return [{ message: (error as Error).message }];
}
