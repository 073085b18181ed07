import type { ReactElement } from 'react';
import type { z } from 'zod';
import type { FormatSpec } from './format.js';
import type { AxisId, FontSizeStep, TemplatePartner, TemplateTheme, TextRole } from './theme.js';

export const TEMPLATE_IDS = [
  'evenement',
  'chiffres-cles',
  'citation',
  'actualite',
  'offre-thematique',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One allowed size of a text box: a type-scale step, scaled to the format. */
export interface TypeStep {
  /** The `font.size` token the size comes from (absent for lockup text, sized from `logo.*`). */
  step?: FontSizeStep;
  /** px */
  fontSize: number;
  /** Unitless multiplier. */
  lineHeight: number;
}

/** Everything but the size a text is drawn with (the engine measures with exactly this). */
export interface TextFieldStyle {
  fontFamily: string;
  fontWeight: number;
  fontStyle: 'normal' | 'italic';
  /** px */
  letterSpacing: number;
  textTransform: 'none' | 'uppercase';
  /** CSS family list figures are set in (see `figureFamily`); absent: the box's own face. */
  figureFamily?: string;
}

/**
 * A text field placed by a layout: the engine fits `text` into the box by choosing the largest
 * of `steps` whose measured height is at most `height` in at most `maxLines` lines.
 */
export interface TextBox extends Rect {
  /** Content path of the field, as named in content errors: `title`, `figures[1].label`. */
  field: string;
  /** The exact string drawn (formatted: dates, numbers, guillemets…). */
  text: string;
  role: TextRole;
  /** Allowed sizes, largest to smallest. */
  steps: TypeStep[];
  maxLines: number;
  style: TextFieldStyle;
  align: 'start' | 'center' | 'end';
  verticalAlign: 'start' | 'center' | 'end';
  /**
   * Boxes of one group (e.g. the key figures) are drawn at the smallest size chosen among them,
   * so they match; a smaller step always fits where a larger one did.
   */
  group?: string;
}

/**
 * `tile`: a colour field framing one content block (a key figure's tile), part of that block;
 * `background`: a colour field or mark that carries no message of its own.
 */
export type GraphicKind = 'lockup' | 'image' | 'pictogram' | 'qr' | 'tile' | 'background';

/** A non-text element of the layout. `safe` ones must stay inside the safe zone. */
export interface GraphicBox extends Rect {
  kind: GraphicKind;
  safe: boolean;
}

export type Composition = 'square' | 'portrait' | 'story' | 'landscape' | 'poster';

export interface TemplateLayout {
  format: FormatSpec;
  composition: Composition;
  /** The area text and logos must stay in (canvas minus the safe zone insets). */
  safeArea: Rect;
  /** Text boxes in reading order. */
  text: TextBox[];
  graphics: Partial<Record<string, GraphicBox>>;
}

/** Size chosen by the engine for one field. */
export interface FieldFit {
  fontSize: number;
  lineHeight: number;
  /** Lines the text takes at this size (the engine reports it). */
  lines?: number;
  /** Height the text takes, px, as measured by the engine. */
  height?: number;
  /**
   * The text's lines as the engine broke them (`lineUnits` joined by spaces, each line within the
   * box, of even lengths): drawn one per row and never wrapped again. Without them the text wraps
   * by itself, balanced.
   */
  lineTexts?: readonly string[];
}

export interface TemplateAssets {
  /** The axis pictogram as an SVG data URI, drawn in `color` when given. */
  pictogram?: (axis: AxisId, color?: string) => string;
  /**
   * The photo as a data URI, already cropped to `layout.graphics.image` around the focal point.
   * When absent, the image area is left transparent so the engine can composite the photo
   * underneath with sharp.
   */
  image?: string;
}

export interface TemplateProps<C> {
  content: C;
  theme: TemplateTheme;
  partner: TemplatePartner;
  /** The shared brand's name, first part of the lockup (see `brandNameOf`). */
  brandName: string;
  format: FormatSpec;
  /** Chosen sizes per field (`TextBox.field`); a missing field falls back to its smallest step. */
  fitted: Partial<Record<string, FieldFit>>;
  assets: TemplateAssets;
}

/** A template laid out at its fitted sizes: the boxes, and the element with given assets. */
export interface TemplateDrawing {
  readonly layout: TemplateLayout;
  element(assets: TemplateAssets): ReactElement;
}

export interface TemplateDefinition<C = unknown> {
  id: TemplateId;
  /** French name shown to officers. */
  label: string;
  /** French one-line description. */
  description: string;
  contentSchema: z.ZodType<C>;
  /** A realistic content sample (French), also used by tests and Storybook. */
  example: C;
  /**
   * The boxes to fit. Called again with the engine's `fitted` sizes, it returns the layout as
   * drawn (a kicker moved onto its title's first line): the boxes keep their sizes' validity.
   */
  layout(
    format: FormatSpec,
    theme: TemplateTheme,
    content: C,
    partner: TemplatePartner,
    brandName: string,
    fitted?: Partial<Record<string, FieldFit>>,
  ): TemplateLayout;
  element(props: TemplateProps<C>): ReactElement;
  /**
   * The layout as drawn at the `fitted` sizes and its element, from one laid-out scene: what a
   * renderer calls after fitting (`layout` then `element` would lay the scene out twice).
   */
  draw(
    format: FormatSpec,
    theme: TemplateTheme,
    content: C,
    partner: TemplatePartner,
    brandName: string,
    fitted: Partial<Record<string, FieldFit>>,
  ): TemplateDrawing;
  /**
   * French alternative text composed from the content; `drawn` says what the visual drew (its
   * photo, which a format or a forced colour-led composition may leave out).
   */
  altText(content: C, partner: TemplatePartner, drawn?: DrawnParts): string;
}

/** What one visual drew of its content, for its alternative text. */
export interface DrawnParts {
  photo: boolean;
  /**
   * The content fields whose text the visual drew (`text`, `link.shortUrl`…), where a format
   * leaves some out; every field when not given.
   */
  fields?: ReadonlySet<string>;
}
