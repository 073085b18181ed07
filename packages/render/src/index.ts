export * from './browser.js';
export { FONT_PACKAGES, type FontFile, fontFiles, fontsHash, nodeFonts } from './node/fonts.js';
