/** French names of what the API calls by id. */

const MODES: Record<string, string> = {
  light: 'Clair',
  dark: 'Sombre',
  'high-contrast': 'Contraste élevé',
};

const FORMATS: Record<string, string> = {
  'instagram-square': 'Instagram, carré',
  'instagram-portrait': 'Instagram, portrait',
  story: 'Story',
  linkedin: 'LinkedIn',
  'open-graph': 'Partage de lien (Open Graph)',
  x: 'X',
  'facebook-event': 'Événement Facebook',
  'poster-a4': 'Affiche A4',
  'poster-a3': 'Affiche A3',
};

const EXTENSIONS: Record<string, string> = {
  png: 'PNG',
  jpg: 'JPEG',
  webp: 'WebP',
  svg: 'SVG',
  pdf: 'PDF (impression)',
};

export const modeLabel = (id: string) => MODES[id] ?? id;
export const formatLabel = (id: string) => FORMATS[id] ?? id;
export const extensionLabel = (id: string) => EXTENSIONS[id] ?? id.toUpperCase();
