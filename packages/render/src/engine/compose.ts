import { BlasonError, type Problem } from '@blason/core/problem';
import {
  type FieldFit,
  type FormatSpec,
  lineUnits,
  type TemplateDefinition,
  type TemplateLayout,
  type TemplatePartner,
  type TemplateTheme,
  type TextBox,
} from '@blason/templates';
import type { ReactElement } from 'react';
import { type FitResult, fitText } from './fit.js';
import type { LoadedFonts } from './fonts.js';
import { elementTexts, findMissingGlyphs } from './glyphs.js';

/** The element a template draws a text box with at a size (`@blason/templates`' `textBlock`). */
export type TextBlock = (box: TextBox, fit: FieldFit) => ReactElement;

/**
 * The browser-safe middle of a render, shared by the Node pipeline, Storybook's gallery and the
 * studio: content (already linted) → layout → safe zones → glyph check → text fitting → the layout
 * as drawn and its element.
 */
export interface ComposeRequest<C = unknown> {
  readonly template: TemplateDefinition<C>;
  readonly theme: TemplateTheme;
  readonly partner: TemplatePartner;
  readonly format: FormatSpec;
  readonly content: C;
  readonly fonts: LoadedFonts;
  /** Campaign file named in problems. */
  readonly file?: string;
  /** The shared brand's name, first part of the lockup (`brandNameOf`). */
  readonly brandName: string;
  readonly pictogram?: (axis: string, color?: string) => string;
  /** The element the template draws a text box with, so fitting measures exactly that. */
  readonly textBlock?: TextBlock;
}

export interface Composition {
  /** The layout as drawn, at the fitted sizes. */
  readonly layout: TemplateLayout;
  readonly fitted: Record<string, FitResult>;
  /** The template's element, with a photo (data URI) in its image box when given. */
  draw(image?: string): ReactElement;
}

/**
 * Lays the content out and fits its text; throws French problems naming the field at fault. The
 * template lays its scene out once to fit, once more at the fitted sizes (a kicker moves onto its
 * title's first line), and draws that second scene.
 */
export async function composeTemplate<C>(request: ComposeRequest<C>): Promise<Composition> {
  const { template, theme, partner, format, content, fonts, file, brandName } = request;
  const layout = withFile(() => template.layout(format, theme, content, partner, brandName), file);
  checkSafeZones(layout, template.id, format.id);
  const glyphProblems = findMissingGlyphs(
    layout.text.map((box) => ({ path: `content.${box.field}`, text: box.text, ...(file ? { file } : {}) })),
    fonts,
  );
  if (glyphProblems.length > 0) throw missingGlyphs(glyphProblems);
  const fitted = await fitText(
    layout.text.map((box) => (file ? { ...box, file } : box)),
    fonts,
    // The templates' `textBlock` is one stable function: fit measurements are memoised by it.
    request.textBlock ? { block: request.textBlock, units: (box) => lineUnits(box.text) } : {},
  ).catch((error: unknown) => {
    throw prefixFields(error);
  });
  const drawing = withFile(() => template.draw(format, theme, content, partner, brandName, fitted), file);
  checkSafeZones(drawing.layout, template.id, format.id);
  const draw = (image?: string): ReactElement => {
    const element = drawing.element({
      ...(request.pictogram ? { pictogram: request.pictogram } : {}),
      ...(image ? { image } : {}),
    });
    const stray = findMissingGlyphs(
      [{ path: `gabarit ${template.id}`, text: elementTexts(element).join(' ') }],
      fonts,
    );
    if (stray.length > 0) throw missingGlyphs(stray);
    return element;
  };
  return { layout: drawing.layout, fitted, draw };
}

function missingGlyphs(problems: Problem[]): BlasonError {
  return new BlasonError('Caractère sans glyphe dans les polices de la marque', problems);
}

/** A content problem a template raises (too many co-signers for the format) names the campaign file. */
function withFile<T>(run: () => T, file: string | undefined): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof BlasonError) || !file) throw error;
    const problems = error.problems.map((p) => (p.file ? p : { ...p, file }));
    throw new BlasonError(error.summary, problems, { kind: error.kind });
  }
}

function prefixFields(error: unknown): unknown {
  if (!(error instanceof BlasonError)) return error;
  const problems = error.problems.map((p) => ({ ...p, ...(p.path ? { path: `content.${p.path}` } : {}) }));
  return new BlasonError(error.message.split('\n')[0] ?? 'Texte trop long', problems);
}

/** A template bug, not a content problem: every text box and safe graphic stays in the safe area. */
function checkSafeZones(layout: TemplateLayout, template: string, format: string): void {
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
