import type { TemplatePartner, TemplateTheme } from '../theme.js';

/**
 * A small resolved theme mirroring the sample brand's values, used until tests can load the real
 * tokens with `@blason/tokens`.
 */
const axis = (surface: string, subtle: string) => ({
  surface,
  onSurface: '#ffffff',
  subtle,
  onSubtle: '#1a1f24',
});

export const fixtureTheme = {
  color: {
    text: {
      default: '#1a1f24',
      muted: '#4a5560',
      inverse: '#ffffff',
      link: '#0b5e7a',
      onBrand: '#ffffff',
      onAccent: '#ffffff',
      linkHover: '#08455a',
      disabled: '#8a949c',
    },
    surface: {
      default: '#ffffff',
      subtle: '#f3f5f2',
      raised: '#ffffff',
      inverse: '#1a1f24',
      brand: '#1f5c4a',
      accent: '#0b5e7a',
      accentSubtle: '#e3f1f6',
      sunken: '#e4e8e5',
    },
    border: { default: '#c9d1cc', strong: '#4a5560', subtle: '#e4e8e5', accent: '#0b5e7a' },
    brand: { default: '#1f5c4a', strong: '#143f33', subtle: '#e2efe9' },
    accent: { default: '#0b5e7a', strong: '#08455a', subtle: '#e3f1f6' },
    focus: { ring: '#0b5e7a', ringOffset: '#ffffff' },
    status: {
      info: { text: '#0b4f8a', surface: '#e3eef8', border: '#0b4f8a' },
      success: { text: '#2f6b1f', surface: '#e6f2e1', border: '#2f6b1f' },
      warning: { text: '#8a4b00', surface: '#f8ecdc', border: '#8a4b00' },
      danger: { text: '#a1262b', surface: '#f8e3e4', border: '#a1262b' },
    },
    axis: {
      economie: axis('#7a3b0b', '#f6e9df'),
      innovation: axis('#4b2e83', '#ece6f6'),
      culture: axis('#8a1f4d', '#f7e3ec'),
      tourisme: axis('#0b5e7a', '#e3f1f6'),
      commerce: axis('#8a4b00', '#f8ecdc'),
      'vie-quotidienne': axis('#2f6b1f', '#e6f2e1'),
    },
  },
  font: {
    family: {
      display: ['Bricolage Grotesque', 'Atkinson Hyperlegible Next', 'system-ui', 'sans-serif'],
      body: ['Atkinson Hyperlegible Next', 'Bricolage Grotesque', 'system-ui', 'sans-serif'],
      mono: ['Atkinson Hyperlegible Mono', 'monospace'],
    },
    weight: { regular: 400, medium: 500, semibold: 600, bold: 700, extrabold: 800 },
    size: {
      xs: 12,
      sm: 14,
      md: 16,
      lg: 18,
      xl: 20,
      '2xl': 24,
      '3xl': 30,
      '4xl': 36,
      '5xl': 48,
      '6xl': 60,
      '7xl': 72,
    },
    lineHeight: { tight: 1.1, snug: 1.25, normal: 1.5, relaxed: 1.7 },
    letterSpacing: { tight: -1, normal: 0, wide: 0.5 },
  },
  text: {
    display: {
      fontFamily: ['Bricolage Grotesque'],
      fontWeight: 800,
      fontSize: 72,
      lineHeight: 1.1,
      letterSpacing: -1,
    },
    headline: {
      fontFamily: ['Bricolage Grotesque'],
      fontWeight: 700,
      fontSize: 48,
      lineHeight: 1.1,
      letterSpacing: -1,
    },
    title: {
      fontFamily: ['Bricolage Grotesque'],
      fontWeight: 700,
      fontSize: 30,
      lineHeight: 1.25,
      letterSpacing: 0,
    },
    subtitle: {
      fontFamily: ['Atkinson Hyperlegible Next'],
      fontWeight: 600,
      fontSize: 20,
      lineHeight: 1.25,
      letterSpacing: 0,
    },
    body: {
      fontFamily: ['Atkinson Hyperlegible Next'],
      fontWeight: 400,
      fontSize: 16,
      lineHeight: 1.5,
      letterSpacing: 0,
    },
    bodySmall: {
      fontFamily: ['Atkinson Hyperlegible Next'],
      fontWeight: 400,
      fontSize: 14,
      lineHeight: 1.5,
      letterSpacing: 0,
    },
    caption: {
      fontFamily: ['Atkinson Hyperlegible Next'],
      fontWeight: 400,
      fontSize: 12,
      lineHeight: 1.25,
      letterSpacing: 0,
    },
    label: {
      fontFamily: ['Atkinson Hyperlegible Next'],
      fontWeight: 600,
      fontSize: 14,
      lineHeight: 1.25,
      letterSpacing: 0.5,
    },
    figure: {
      fontFamily: ['Bricolage Grotesque'],
      fontWeight: 800,
      fontSize: 72,
      lineHeight: 1.1,
      letterSpacing: -1,
    },
  },
  space: { 0: 0, 1: 4, 2: 8, 3: 12, 4: 16, 5: 20, 6: 24, 8: 32, 10: 40, 12: 48, 16: 64, 20: 80, 24: 96 },
  radius: { none: 0, sm: 4, md: 8, lg: 16, xl: 24, pill: 9999 },
  border: { width: { thin: 1, medium: 2, thick: 4, focus: 3 } },
  format: {
    'instagram-square': {
      kind: 'screen',
      width: 1080,
      height: 1080,
      safeZone: { top: 80, right: 80, bottom: 80, left: 80 },
    },
    'instagram-portrait': {
      kind: 'screen',
      width: 1080,
      height: 1350,
      safeZone: { top: 80, right: 80, bottom: 80, left: 80 },
    },
    story: {
      kind: 'screen',
      width: 1080,
      height: 1920,
      safeZone: { top: 250, right: 80, bottom: 340, left: 80 },
    },
    linkedin: {
      kind: 'screen',
      width: 1200,
      height: 627,
      safeZone: { top: 48, right: 64, bottom: 48, left: 64 },
    },
    'open-graph': {
      kind: 'screen',
      width: 1200,
      height: 630,
      safeZone: { top: 48, right: 64, bottom: 48, left: 64 },
    },
    x: { kind: 'screen', width: 1600, height: 900, safeZone: { top: 64, right: 80, bottom: 64, left: 80 } },
    'facebook-event': {
      kind: 'screen',
      width: 1920,
      height: 1005,
      safeZone: { top: 64, right: 160, bottom: 96, left: 160 },
    },
    'poster-a4': { kind: 'print', trimWidth: 210, trimHeight: 297, bleed: 3, safeMargin: 10 },
    'poster-a3': { kind: 'print', trimWidth: 297, trimHeight: 420, bleed: 3, safeMargin: 12 },
  },
  logo: { clearSpace: 1, minSize: { screen: 120, print: 25 }, lockup: { gap: 0.75, dividerWidth: 0.08 } },
} satisfies TemplateTheme;

export const fixturePartners: TemplatePartner[] = [
  {
    id: 'territoire',
    name: 'Pays de Saint-Omer',
    shortName: 'Pays de Saint-Omer',
    website: 'https://www.pays-de-saint-omer.example',
    lockup: { lines: [] },
  },
  {
    id: 'office-tourisme',
    name: 'Office de tourisme du Pays de Saint-Omer',
    shortName: 'Office de tourisme',
    website: 'https://www.tourisme-pays-de-saint-omer.example',
    lockup: { lines: ['Office de tourisme'] },
  },
  {
    id: 'capso',
    name: 'Communauté d’agglomération du Pays de Saint-Omer',
    shortName: 'Agglomération du Pays de Saint-Omer',
    website: 'https://www.ca-pays-de-saint-omer.example',
    lockup: { lines: ['Communauté d’agglomération', 'du Pays de Saint-Omer'] },
  },
];
