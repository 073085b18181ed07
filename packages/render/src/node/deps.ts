import type { TemplateDefinition } from '@blason/templates';
import type { Brand } from '@blason/tokens/theme';
import type { TextBlock } from '../engine/compose.js';
import type { CopyLinter } from '../engine/copy.js';

/** Everything a render needs besides the job itself; built once per process or worker. */
export interface RenderDeps {
  readonly brand: Pick<Brand, 'partners' | 'axes' | 'modes' | 'defaults' | 'theme'>;
  readonly templates: Readonly<Record<string, TemplateDefinition>>;
  readonly formatIds: readonly string[];
  readonly linter: CopyLinter;
  /** The shared brand's name, first part of every co-branding lockup. */
  readonly brandName: string;
  /** The pictogram of a thematic axis as an SVG data URI, drawn in `color` when given. */
  pictogram?(axis: string, color?: string): string;
  /** The element the template draws a text box with, so fitting measures exactly that. */
  readonly textBlock?: TextBlock;
}
