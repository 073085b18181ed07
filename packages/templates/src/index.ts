/**
 * `@blason/templates`: the visual templates as satori React elements, their layouts (text boxes
 * the engine fits and checks), content schemas and alt texts. Browser-safe: no `node:*` import.
 */
export type { ContentResult, SchemaIssue, SchemaResult } from './content/validate.js';
export { fieldPath, fieldPathKeys, schemaIssues, validateContent } from './content/validate.js';
export {
  FORMAT_IDS,
  FORMAT_LABELS,
  type FormatId,
  type FormatSpec,
  formatLabel,
  formatSpec,
  isFormatId,
  isPrintFormatId,
  mmToPx,
  PRINT_DPI,
  PRINT_FORMAT_IDS,
  type PrintFormatId,
  type PrintGeometry,
  SCREEN_FORMAT_IDS,
  type ScreenFormatId,
} from './format.js';
export { compositionOf } from './layout/frame.js';
export { contains, overlaps } from './layout/geometry.js';
export {
  CoBrandingLockup,
  type CoBrandingLockupProps,
  type LockupColours,
  lockupColours,
} from './lockup/CoBrandingLockup.js';
export {
  type LockupGeometry,
  type LockupNames,
  type LockupOrientation,
  type LockupVariant,
  lockupGeometry,
  minCapHeight,
  partnerNameMinCapHeight,
  partnerNameScale,
} from './lockup/geometry.js';
export { brandNameOf, lockupNames } from './lockup/place.js';
export { qrPath } from './qr/qr.js';
export { type TemplateContents, templateById, templates } from './registry.js';
export { formatDate, formatNumber, formatTime, formatTimeRange } from './text/french.js';
export { lineUnits, type TextRun, textRuns } from './text/runs.js';
export { fitOf, textBlock } from './text/TextField.js';
export type {
  AxisId,
  FontSizeStep,
  TemplatePartner,
  TemplateTheme,
  TextRole,
} from './theme.js';
export { AXIS_IDS, FONT_SIZE_STEPS } from './theme.js';
export {
  type Composition,
  type DrawnParts,
  type FieldFit,
  type GraphicBox,
  type GraphicKind,
  isTemplateId,
  type Rect,
  TEMPLATE_IDS,
  type TemplateAssets,
  type TemplateDefinition,
  type TemplateDrawing,
  type TemplateId,
  type TemplateLayout,
  type TemplateProps,
  type TextBox,
  type TextFieldStyle,
  type TypeStep,
} from './types.js';
