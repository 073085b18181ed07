import { BlasonError } from '@blason/core/problem';
import {
  type FormatId,
  type FormatSpec,
  fieldPath,
  formatSpec,
  isFormatId,
  schemaIssues,
  type TemplateDefinition,
  type TemplatePartner,
  type TemplateTheme,
} from '@blason/templates';
import { type Brand, PRINT_MODE, type ResolvedTheme, type ThemeMedium } from '@blason/tokens/theme';
import { type ComposeRequest, type Composition, composeTemplate } from './compose.js';
import { type CheckedCopy, type CopyLinter, checkCopy } from './copy.js';
import { withCosigners } from './cosigners.js';
import type { LoadedFonts } from './fonts.js';
import { type ImageRef, imageRef } from './image.js';
import { type RenderSvgOptions, renderSvg } from './svg.js';

/** The brand as a visual needs it: `@blason/tokens`' `Brand`, or a browser copy of its data. */
export type VisualBrand = Pick<Brand, 'partners' | 'modes' | 'defaults'> & {
  theme(partner: string, mode: string): ResolvedTheme | TemplateTheme;
};

/**
 * The mode a visual is drawn in. Print formats always use the paper mode (`PRINT_MODE`); a screen
 * format uses the requested mode, or the brand's default mode when none is asked or when the paper
 * mode is asked (it is for print only).
 */
export function visualMode(
  brand: Pick<Brand, 'modes' | 'defaults'>,
  medium: ThemeMedium,
  requested?: string,
): string {
  if (medium === 'print') {
    if (!brand.modes.includes(PRINT_MODE)) {
      throw new BlasonError('The brand has no paper mode for print formats', [
        {
          code: 'render/no-print-mode',
          message: `print formats are drawn in the "${PRINT_MODE}" mode, which the brand does not define`,
          path: 'modifiers.mode.contexts',
          expected: `a "${PRINT_MODE}" context among ${brand.modes.join(', ')}`,
        },
      ]);
    }
    return PRINT_MODE;
  }
  if (requested === undefined || requested === PRINT_MODE) return brand.defaults.mode;
  if (!brand.modes.includes(requested)) {
    throw new BlasonError(`unknown mode "${requested}"`, [
      {
        code: 'brand/unknown-mode',
        message: `unknown mode "${requested}"`,
        expected: `one of ${brand.modes.join(', ')}`,
      },
    ]);
  }
  return requested;
}

/** The lexicon channel of a visual's copy: `print` for posters, `social` for screen formats. */
export function copyChannel(medium: ThemeMedium): 'print' | 'social' {
  return medium === 'print' ? 'print' : 'social';
}

/** Whether a format of the brand is for screens or paper, from its format tokens. */
export function formatMedium(brand: VisualBrand, partner: string, format: string): ThemeMedium {
  return specOf(brand.theme(partner, brand.defaults.mode), format).kind;
}

function specOf(theme: Pick<TemplateTheme, 'format'>, format: string): FormatSpec {
  if (!isFormatId(format)) {
    throw new Error(`Unknown format "${format}": no format.${format} token in the theme`);
  }
  return formatSpec(theme, format as FormatId);
}

export interface VisualRequest<C = unknown> {
  readonly brand: VisualBrand;
  readonly template: TemplateDefinition<C>;
  /** Partner id. */
  readonly partner: string;
  /** Format id (`instagram-square`, `poster-a4`…). */
  readonly format: string;
  /** Screen mode asked for; print formats always use the paper mode (see `visualMode`). */
  readonly mode?: string;
  /** Content already valid for the template's schema (see `validVisualContent`). */
  readonly content: C;
  readonly linter: CopyLinter;
  readonly fonts: LoadedFonts;
  /** The content's file (or the tool's name), named in problems. */
  readonly file: string;
  /** Keep lint errors as findings instead of refusing the text. */
  readonly allowLintErrors?: boolean;
  readonly brandName: string;
  readonly pictogram?: ComposeRequest['pictogram'];
  readonly textBlock?: ComposeRequest['textBlock'];
}

export interface PreparedVisual extends Composition {
  readonly mode: string;
  readonly theme: TemplateTheme;
  readonly partner: TemplatePartner;
  readonly format: FormatSpec;
  /** The copy as drawn (typography fixed) and the lexicon's findings. */
  readonly copy: CheckedCopy;
  /** French alternative text of the template for this content. */
  readonly alt: string;
  /** The photo of the content, when it has one and the template an image box. */
  readonly image?: ImageRef;
}

/**
 * Everything before pixels, in one place for every renderer: the mode and the copy's channel, the
 * theme and format, the lexicon's fixes and checks, the composition (layout, fitting, element) and
 * the alternative text. Throws a `BlasonError` with French problems naming the content field.
 */
export async function prepareVisual<C>(request: VisualRequest<C>): Promise<PreparedVisual> {
  const { brand } = request;
  const medium = formatMedium(brand, request.partner, request.format);
  const mode = visualMode(brand, medium, request.mode);
  const theme = brand.theme(request.partner, mode);
  const format = specOf(theme, request.format);
  const signer = brand.partners.find((p) => p.id === request.partner);
  if (!signer) throw new Error(`Unknown partner ${request.partner}`);
  const partner = withCosigners(brand.partners, signer, request.content, request.file);
  const channel = copyChannel(medium);
  const copy = checkCopy(request.content as Record<string, unknown>, request.linter, {
    file: request.file,
    partner: partner.id,
    channel,
    allowErrors: request.allowLintErrors ?? false,
  });
  // The copy checks change text, never shape: the fixed content is still valid for the schema.
  const content = copy.content as C;
  const composition = await composeTemplate({
    template: request.template,
    theme,
    partner,
    format,
    content,
    fonts: request.fonts,
    file: request.file,
    brandName: request.brandName,
    ...(request.pictogram ? { pictogram: request.pictogram } : {}),
    ...(request.textBlock ? { textBlock: request.textBlock } : {}),
  });
  const ref = imageRef(copy.content);
  const alt = request.template.altText(content, partner, {
    photo: composition.layout.graphics.image !== undefined,
    fields: new Set(composition.layout.text.map((box) => box.field)),
  });
  return {
    ...composition,
    mode,
    theme,
    partner,
    format,
    copy,
    // The template's own words around the content (« … », « : ») follow the brand's typography too.
    alt: request.linter.fix(alt, { partner: partner.id, channel }).text,
    ...(ref && composition.layout.graphics.image ? { image: ref } : {}),
  };
}

/**
 * Content as an officer wrote it, validated by the template's schema; a `BlasonError` with one
 * French problem per field (`content.title`…) otherwise.
 */
export function validVisualContent<C>(template: TemplateDefinition<C>, content: unknown, file?: string): C {
  const parsed = schemaIssues(template.contentSchema, content);
  if (parsed.ok) return parsed.data;
  throw new BlasonError(
    'Contenu invalide',
    parsed.issues.map((issue) => ({
      code: 'content/invalid',
      severity: 'error' as const,
      ...(file ? { file } : {}),
      path: fieldPath(issue.path, 'content'),
      message: issue.message,
    })),
  );
}

export interface VisualSvgRequest extends Omit<VisualRequest, 'content'> {
  /** Content as written (validated here). */
  readonly content: unknown;
  /**
   * The photo cropped to its box, as a data URI. Without it, a visual with a photo is drawn with
   * its image box left empty.
   */
  readonly photo?: (image: ImageRef, box: { width: number; height: number }) => Promise<string>;
  readonly svg?: RenderSvgOptions;
}

export interface VisualSvg {
  readonly svg: string;
  readonly alt: string;
  readonly mode: string;
  readonly format: FormatSpec;
  readonly layout: PreparedVisual['layout'];
  readonly fitted: PreparedVisual['fitted'];
  /** The lexicon's findings (fixed ones marked `fixed`). */
  readonly findings: CheckedCopy['findings'];
}

/**
 * One visual as a self-contained SVG, in the browser or Node: validation, copy checks, layout,
 * fitting, photo and satori. The studio's and Storybook gallery's entry point; the CLI adds
 * rasters and PDFs around `prepareVisual`.
 */
export async function renderVisualSvg(request: VisualSvgRequest): Promise<VisualSvg> {
  const content = validVisualContent(request.template, request.content, request.file);
  const visual = await prepareVisual({ ...request, content });
  const box = visual.layout.graphics.image;
  const photo = visual.image && box && request.photo ? await request.photo(visual.image, box) : undefined;
  const svg = await renderSvg(visual.draw(photo), visual.format, request.fonts, request.svg);
  return {
    svg,
    alt: visual.alt,
    mode: visual.mode,
    format: visual.format,
    layout: visual.layout,
    fitted: visual.fitted,
    findings: visual.copy.findings,
  };
}
