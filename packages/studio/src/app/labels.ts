/** French names of what the API calls by id (formats: `@blason/templates/format`). */

const MODES: Record<string, string> = {
  light: 'Clair',
  dark: 'Sombre',
  'high-contrast': 'Contraste élevé',
};

const EXTENSIONS: Record<string, string> = {
  png: 'PNG',
  jpg: 'JPEG',
  webp: 'WebP',
  svg: 'SVG',
  pdf: 'PDF (impression)',
};

export const modeLabel = (id: string) => MODES[id] ?? id;
export const extensionLabel = (id: string) => EXTENSIONS[id] ?? id.toUpperCase();
