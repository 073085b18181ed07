import { BlasonError, type Problem } from '@blason/core/problem';
import type { ReactElement } from 'react';
import type { FormatSpecLike, LayoutLike, PartnerLike, TemplateLike, ThemeLike } from '../node/deps.js';
import { type FitResult, fitText } from './fit.js';
import type { LoadedFonts } from './fonts.js';
import { elementTexts, findMissingGlyphs } from './glyphs.js';

/**
 * The browser-safe middle of a render, shared by the Node pipeline and Storybook's gallery:
 * content (already linted) → layout → safe zones → glyph check → text fitting → template element.
 */
export interface ComposeRequest {
  readonly template: TemplateLike;
  readonly theme: ThemeLike;
  readonly partner: PartnerLike;
  readonly format: FormatSpecLike;
  readonly content: Record<string, unknown>;
  readonly fonts: LoadedFonts;
  /** Campaign file named in problems. */
  readonly file?: string;
  readonly brandName?: string;
  readonly pictogram?: (axis: string) => string;
  /** The element the template draws a text box with, so fitting measures exactly that. */
  // biome-ignore lint/suspicious/noExplicitAny: the templates' box type
  readonly textBlock?: (box: any, fit: { fontSize: number; lineHeight: number }) => ReactElement;
}

export interface Composition {
  readonly layout: LayoutLike;
  readonly fitted: Record<string, FitResult>;
  /** The template's element, with a photo (data URI) in its image box when given. */
  draw(image?: string): ReactElement;
}

/** Lays the content out and fits its text; throws French problems naming the field at fault. */
export async function composeTemplate(request: ComposeRequest): Promise<Composition> {
  const { template, theme, partner, format, content, fonts, file } = request;
  const layout = template.layout(format, theme, content, partner, request.brandName);
  checkSafeZones(layout, template.id, format.id);
  const glyphProblems = findMissingGlyphs(
    layout.text.map((box) => ({ path: `content.${box.field}`, text: box.text, ...(file ? { file } : {}) })),
    fonts,
  );
  if (glyphProblems.length > 0) throw missingGlyphs(glyphProblems);
  const fitted = await fitText(
    layout.text.map((box) => ({ ...box, field: box.field, ...(file ? { file } : {}) })),
    fonts,
    // The templates' `textBlock` is one stable function: fit measurements are memoised by it.
    request.textBlock ? { block: request.textBlock } : {},
  ).catch((error: unknown) => {
    throw prefixFields(error);
  });
  // Laid out again at the sizes chosen: a text anchored to a fitted one (a kicker on its title)
  // is reported where it is drawn.
  const drawn = template.layout(format, theme, content, partner, request.brandName, fitted);
  checkSafeZones(drawn, template.id, format.id);
  const draw = (image?: string): ReactElement => {
    const element = template.element({
      content,
      theme,
      partner,
      ...(request.brandName ? { brandName: request.brandName } : {}),
      format,
      fitted,
      layout: drawn,
      assets: { ...(request.pictogram ? { pictogram: request.pictogram } : {}), ...(image ? { image } : {}) },
    });
    const stray = findMissingGlyphs(
      [{ path: `gabarit ${template.id}`, text: elementTexts(element).join(' ') }],
      fonts,
    );
    if (stray.length > 0) throw missingGlyphs(stray);
    return element;
  };
  return { layout: drawn, fitted, draw };
}

function missingGlyphs(problems: Problem[]): BlasonError {
  return new BlasonError('Caractère sans glyphe dans les polices de la marque', problems);
}

function prefixFields(error: unknown): unknown {
  if (!(error instanceof Error) || !('problems' in error)) return error;
  const problems = (error as { problems: readonly Problem[] }).problems.map((p) => ({
    ...p,
    ...(p.path ? { path: `content.${p.path}` } : {}),
  }));
  return new BlasonError(error.message.split('\n')[0] ?? 'Texte trop long', problems);
}

/** A template bug, not a content problem: every text box and safe graphic stays in the safe area. */
function checkSafeZones(layout: LayoutLike, template: string, format: string): void {
  const area = layout.safeArea;
  const inside = (r: { x: number; y: number; width: number; height: number }) =>
    r.x >= area.x - 0.5 &&
    r.y >= area.y - 0.5 &&
    r.x + r.width <= area.x + area.width + 0.5 &&
    r.y + r.height <= area.y + area.height + 0.5;
  const outside = [
    ...layout.text.filter((box) => !inside(box)).map((box) => `text ${box.field}`),
    ...Object.entries(layout.graphics)
      .filter(([, g]) => g?.safe && !inside(g))
      .map(([name]) => `graphic ${name}`),
  ];
  if (outside.length > 0) {
    throw new Error(`Template ${template} puts ${outside.join(', ')} outside the safe zone of ${format}`);
  }
}
