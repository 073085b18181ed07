/**
 * The export's render engine in the browser: the same content checks, copy fixes, layouts, text
 * fitting, glyph check and satori as `blason render`, with the fonts and photos the export embeds.
 * Only the last step differs: the SVG is shown as it is instead of being rasterised by sharp.
 */

import render from 'virtual:blason/render';
import {
  base64,
  checkCopy,
  composeTemplate,
  coverCrop,
  type ImageRef,
  imageRef,
  isRemoteUrl,
  type LoadedFonts,
  lexiconLinter,
  loadFonts,
  pictogramDataUri,
  remoteUrlProblem,
  renderSvg,
} from '@blason/render/browser';
import {
  brandNameOf,
  type FormatId,
  type FormatSpec,
  formatSpec,
  isPrintFormatId,
  type TemplateId,
  templates,
  textBlock,
  validateContent,
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

const PRINT_MODE = 'print';
const SCREEN_FALLBACK_MODE = 'light';

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
  if (isRemoteUrl(ref.src)) throw withProblems('Adresse distante refusée', [remoteUrlProblem(ref.src, path)]);
  if (url === undefined) {
    throw withProblems('Image introuvable', [
      { path, message: `l’image « ${ref.src} » n’est pas dans assets/` },
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

function withProblems(message: string, problems: GalleryProblem[]): Error {
  return Object.assign(new Error(message), { problems });
}

/** One visual of the gallery: never throws, a content problem comes back as French problems. */
export async function renderGalleryVisual(request: GalleryRequest): Promise<GalleryVisual> {
  const print = isPrintFormatId(request.format);
  const mode = print ? PRINT_MODE : request.mode === PRINT_MODE ? SCREEN_FALLBACK_MODE : request.mode;
  const theme = brand.theme(request.partner, mode);
  const format = formatSpec(theme, request.format);
  try {
    const template = templates[request.template];
    const valid = validateContent(template.contentSchema as never, request.content, {
      pathPrefix: 'content',
    });
    if (!valid.ok) return { ok: false, format, title: 'Contenu invalide', problems: valid.problems };
    const partner = brand.partners.find((p) => p.id === request.partner);
    if (!partner) throw new Error(`Unknown partner ${request.partner}`);
    const copy = checkCopy(valid.content as Record<string, unknown>, linter, {
      file: 'la galerie',
      partner: partner.id,
      channel: print ? 'print' : 'social',
    });
    const composition = await composeTemplate({
      template: template as never,
      theme: theme as never,
      partner,
      format,
      content: copy.content,
      fonts: await galleryFonts(),
      brandName: brandNameOf(brand.partners),
      pictogram,
      textBlock: textBlock as never,
    });
    const ref = imageRef(copy.content);
    const box = composition.layout.graphics.image;
    const photo = ref && box ? await croppedPhoto(ref, box) : undefined;
    const svg = await renderSvg(composition.draw(photo), format, await galleryFonts());
    return {
      ok: true,
      format,
      svg,
      alt: template.altText(copy.content as never, partner),
      safeArea: composition.layout.safeArea,
      notes: copy.findings.map(
        (f) => `${f.field} : ${f.message}${'fixed' in f && f.fixed ? ' (corrigé)' : ''}`,
      ),
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
